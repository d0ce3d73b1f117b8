using FaceClassifier.Bench;

if (args is ["recognition", ..])
{
    RecognitionThroughput.Run(args.ElementAtOrDefault(1) ?? "Tests/Data/faceref/chips", int.Parse(args.ElementAtOrDefault(2) ?? "5"));
    return;
}

Console.WriteLine("usage: FaceClassifier.Bench recognition [chips-dir] [rounds]");
