using FaceClassifier.Bench;

switch (args)
{
    case ["recognition", ..]:
        RecognitionThroughput.Run(args.ElementAtOrDefault(1) ?? "Tests/Data/faceref/chips", int.Parse(args.ElementAtOrDefault(2) ?? "5"));
        break;
    case ["frames", .. var rest]:
        await FrameExtractionBench.RunAsync(rest);
        break;
    default:
        Console.WriteLine("usage: FaceClassifier.Bench recognition [chips-dir] [rounds] | frames [...]");
        break;
}
