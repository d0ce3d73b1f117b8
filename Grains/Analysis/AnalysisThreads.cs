using System.Threading.Channels;

namespace FaceClassifier.Analysis;

/// <summary>
/// A fixed set of dedicated threads for CPU-heavy analysis (frames through the nets, result images), so that no grain
/// turn runs it: a grain awaits the work here and its scheduler stays free for other calls. Continuations of the work
/// come back to these threads, so an async analysis keeps to them between its awaits.
/// </summary>
public sealed class AnalysisThreads : TaskScheduler, IDisposable
{
    private readonly Channel<Task> _queue = Channel.CreateUnbounded<Task>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly Thread[] _threads;

    [ThreadStatic]
    private static AnalysisThreads? s_owner;

    public AnalysisThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _threads = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"analysis-{i}" };
            _threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Runs <paramref name="work"/> (and everything it awaits without ConfigureAwait(false)) on these threads.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>Runs synchronous <paramref name="work"/> on these threads.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this);

    /// <summary>The threads end once the queued work is done; work queued after that runs on the thread pool.</summary>
    public void Dispose() => _queue.Writer.TryComplete();

    protected override void QueueTask(Task task)
    {
        if (!_queue.Writer.TryWrite(task))
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Owner.TryExecuteTask(state.Task), (Owner: this, Task: task), preferLocal: false);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        s_owner == this && TryExecuteTask(task);

    // Only debuggers ask for this; a channel cannot be listed without taking its items.
    protected override IEnumerable<Task> GetScheduledTasks() => [];

    private void Work()
    {
        s_owner = this;
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var task))
            {
                TryExecuteTask(task);
            }
        }
    }
}
