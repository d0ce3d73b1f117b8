using FaceClassifier.Bench;
using FaceClassifier.Bench.Accuracy;
using FaceClassifier.Bench.Service;

switch (args)
{
    case ["engine", .. var rest]:
        EngineThroughputBench.Run(rest);
        break;
    case ["video", .. var rest]:
        await VideoAnalysisBench.RunAsync(rest);
        break;
    case ["detector", .. var rest]:
        await DetectorPrecisionBench.RunAsync(rest);
        break;
    case ["frames", .. var rest]:
        await FrameExtractionBench.RunAsync(rest);
        break;
    case ["recognition", ..]:
        RecognitionThroughput.Run(args.ElementAtOrDefault(1) ?? "Tests/Data/faceref/chips", int.Parse(args.ElementAtOrDefault(2) ?? "5"));
        break;
    case ["gallery", .. var rest]:
        GalleryBench.Run(rest);
        break;
    case ["gallery-scoring", .. var rest]:
        GalleryScoringBench.Run(rest);
        break;
    case ["service", .. var rest]:
        await ServiceBench.RunAsync(rest);
        break;
    case ["accuracy", .. var rest]:
        AccuracyBench.Run(rest);
        break;
    default:
        Console.WriteLine("usage: FaceClassifier.Bench engine [rounds] [faceref run.sh] | video [seconds] | detector [photo folder] [video] | frames [video] [runs] | recognition [chips-dir] [rounds] | gallery [--descriptors N] | gallery-scoring [rows] [rounds] | service [faceref run.sh] | accuracy [--data DIR] [--aligner similarity|dlib5|dlib68|box] [--mirror] [--reference faceref.json] [--splits N] [--seed S]");
        break;
}
