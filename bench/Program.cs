using FaceClassifier.Bench;

if (args is ["frames", .. var rest])
{
    await FrameExtractionBench.RunAsync(rest);
    return;
}

Console.WriteLine("bench");
