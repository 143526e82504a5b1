// Invariant: results are handed out in input order, each exactly once, on the thread that called Run;
// the documents in flight (read, queued, being linted, or waiting to be handed out) weigh at most Window
// together, or are a single document; a document weighs one per 64 KB, at most BatchSize, so at most
// Window small pages or Window / BatchSize (= 4 × jobs) large documents are in memory at once, whatever
// the input size.
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Core.Batch;

/// <summary>How a batch run ended.</summary>
/// <param name="Documents">Results handed out.</param>
/// <param name="Cancelled">True when the run was cancelled before every document was linted.</param>
public sealed record BatchOutcome(long Documents, bool Cancelled);

/// <summary>
/// One reader thread takes documents from the sources in order and groups them into numbered batches;
/// <c>jobs</c> worker threads lint batches in parallel; the calling thread puts the results back in input
/// order (a small reorder buffer keyed by batch number) and hands each to a callback — the report writer.
/// A slow document holds back the output behind it, never the workers, until the in-flight window is full.
/// </summary>
/// <remarks>
/// Documents travel in batches because a page of a site archive takes about a millisecond to lint: handing
/// each over on its own costs several thread wake-ups per document, and on a two-core machine the
/// reader, the workers and the writer then spend their time waking each other instead of linting. A batch
/// is handed over early — even one document — whenever no batch is queued for the workers, so a slow
/// input (standard input, a network share) never leaves them idle behind a half-full batch; batches fill
/// up only while the workers are behind the reader.
/// </remarks>
public sealed class BatchPipeline
{
    /// <summary>Default most documents per batch.</summary>
    public const int DefaultBatchSize = 16;

    /// <summary>A batch is closed once its documents hold this much content (bytes, or UTF-16 bytes of text).</summary>
    public const long BatchBytes = 1 << 20;

    private readonly Func<SourceDocument, DocumentResult> _process;

    /// <summary>
    /// A pipeline that processes each document with <paramref name="process"/> (must be thread-safe and
    /// never throw) on <paramref name="jobs"/> worker threads, with at most <paramref name="window"/>
    /// documents in flight (0: 4 batches per worker).
    /// </summary>
    public BatchPipeline(Func<SourceDocument, DocumentResult> process, int jobs, int window = 0)
    {
        _process = process;
        Jobs = Math.Max(1, jobs);
        Window = window > 0 ? Math.Max(window, Jobs) : 4 * Jobs * DefaultBatchSize;
        // Four batches per worker fit in the window: one being linted, the next queued, two being written.
        BatchSize = Math.Clamp(Window / (4 * Jobs), 1, DefaultBatchSize);
    }

    /// <summary>Worker threads.</summary>
    public int Jobs { get; }

    /// <summary>Most documents in flight at once, counted by <see cref="WeightOf"/> (a small page counts one).</summary>
    public int Window { get; }

    /// <summary>Most documents handed to a worker at once.</summary>
    public int BatchSize { get; }

    /// <summary>
    /// How much of the window a document of <paramref name="bytes"/> takes: one per 64 KB of content, at
    /// least one and at most <see cref="BatchSize"/>. Small pages count one each, so many are in flight;
    /// large documents count a whole batch each, so no more of them are in flight than there are batches
    /// (4 per worker) — the same bound as when every document was handed over on its own.
    /// </summary>
    public int WeightOf(long bytes) =>
        (int)Math.Clamp((bytes + BatchBytes / DefaultBatchSize - 1) / (BatchBytes / DefaultBatchSize), 1, BatchSize);

    /// <summary>
    /// Runs every document of <paramref name="sources"/> through the pipeline, calling
    /// <paramref name="onResult"/> in input order with each result and its source document (without its
    /// bytes). On cancellation, stops reading, lets the workers finish the document they hold, hands out
    /// every result that is complete (still in input order, skipping the gaps) and returns with
    /// <see cref="BatchOutcome.Cancelled"/> set.
    /// </summary>
    public BatchOutcome Run(IEnumerable<IDocumentSource> sources, Action<DocumentResult, SourceDocument> onResult, CancellationToken cancellation = default)
    {
        var state = new RunState(this, cancellation);
        using var wake = cancellation.Register(static s => ((RunState)s!).WakeEveryone(), state);

        var reader = new Thread(() => state.ReadAll(sources)) { IsBackground = true, Name = "textlint-reader" };
        var workers = Enumerable.Range(0, Jobs)
            .Select(i => new Thread(state.Work) { IsBackground = true, Name = $"textlint-worker-{i}" })
            .ToList();
        reader.Start();
        foreach (var worker in workers) worker.Start();

        var pending = new Dictionary<long, Finished>();
        long nextBatch = 0, handedOut = 0;
        while (state.TakeFinished(out var finished))
        {
            pending[finished.Sequence] = finished;
            while (pending.Remove(nextBatch, out var ready))
            {
                for (int i = 0; i < ready.Results.Length; i++)
                {
                    if (ready.Results[i] is not { } result) continue; // only a cancelled batch has gaps
                    onResult(result, ready.Documents[i]);
                    handedOut++;
                }
                state.Release(ready.Weight);
                nextBatch++;
            }
        }

        bool cancelled = cancellation.IsCancellationRequested;
        if (cancelled)
        {
            // Workers finish the document in hand; then every complete result goes out, in order.
            foreach (var worker in workers) worker.Join();
            while (state.TryTakeFinishedNow(out var finished)) pending[finished.Sequence] = finished;
            foreach (var sequence in pending.Keys.Order().ToList())
            {
                var batch = pending[sequence];
                for (int i = 0; i < batch.Results.Length; i++)
                {
                    if (batch.Results[i] is not { } result) continue; // not linted before the stop
                    onResult(result, batch.Documents[i]);
                    handedOut++;
                }
            }
            reader.Join(TimeSpan.FromSeconds(5));
        }
        else
        {
            reader.Join();
            foreach (var worker in workers) worker.Join();
        }
        return new BatchOutcome(handedOut, cancelled);
    }

    /// <summary>Documents read in order, numbered by batch.</summary>
    private sealed record Batch(long Sequence, List<SourceDocument> Documents, int Weight);

    /// <summary>A linted batch: results and the documents without their content, by position; a cancelled batch leaves nulls.</summary>
    private sealed record Finished(long Sequence, DocumentResult?[] Results, SourceDocument[] Documents, int Weight);

    /// <summary>
    /// The queues between the threads of one run, under one lock: the run's hand-offs are per batch, so
    /// the lock is taken a few times per batch and is never the bottleneck.
    /// </summary>
    private sealed class RunState(BatchPipeline pipeline, CancellationToken cancellation)
    {
        private readonly object _gate = new();
        private readonly Queue<Batch> _todo = new();
        private readonly Queue<Finished> _done = new();
        private int _inFlight;          // weight of the documents read and not yet handed out (Interlocked)
        private int _idleWorkers;       // workers waiting for a batch
        private volatile int _queuedBatches; // batches waiting for a worker (written under the lock, read without)
        private bool _readingEnded;
        private int _workersRunning = pipeline.Jobs;

        // The reader's batch being filled (touched by the reader thread only).
        private readonly List<SourceDocument> _batch = new(pipeline.BatchSize);
        private long _batchBytes;
        private int _batchWeight;
        private long _sequence;
        private int _readerWaiting;     // 1 while the reader waits for room (Interlocked)

        /// <summary>Reader thread: reads every source, publishing batches; ends the input.</summary>
        public void ReadAll(IEnumerable<IDocumentSource> sources)
        {
            try
            {
                foreach (var source in sources)
                {
                    foreach (var document in source.Read(cancellation))
                    {
                        if (!Add(document)) return;
                        // Hand over early when the workers have nothing queued: they would otherwise wait
                        // for a full batch from a slow source, or for a source that waits on our output.
                        if (_batch.Count >= pipeline.BatchSize || _batchBytes >= BatchBytes
                            || _queuedBatches == 0 || Volatile.Read(ref _idleWorkers) > 0)
                        {
                            lock (_gate) PublishLocked();
                        }
                    }
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Sources turn bad input into error documents; anything else is a bug, reported in the run.
                Add(SourceDocument.Failed("<input>", $"internal error reading inputs ({e.GetType().Name}): {e.Message}"));
            }
            finally
            {
                lock (_gate)
                {
                    if (_batch.Count > 0 && !cancellation.IsCancellationRequested) PublishLocked();
                    _readingEnded = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>
        /// Adds a document to the batch being filled, first waiting while the window has no room for its
        /// weight — after publishing the documents already read, so that waiting never holds back work.
        /// False when the run was cancelled.
        /// </summary>
        private bool Add(SourceDocument document)
        {
            long bytes = (document.Bytes?.LongLength ?? 0) + 2L * (document.Text?.Length ?? 0);
            int weight = pipeline.WeightOf(bytes);
            // Only the reader adds to the count, so room seen here stays room. To wait, the reader says so
            // (a full fence) before it looks again; Release takes the count down before it looks at that
            // flag, so one of them always sees the other and no wake-up is lost.
            if (!HasRoom(weight))
            {
                lock (_gate)
                {
                    if (_batch.Count > 0) PublishLocked();
                    Interlocked.Exchange(ref _readerWaiting, 1);
                    while (!HasRoom(weight) && !cancellation.IsCancellationRequested) Monitor.Wait(_gate);
                    Volatile.Write(ref _readerWaiting, 0);
                }
            }
            if (cancellation.IsCancellationRequested) return false;
            Interlocked.Add(ref _inFlight, weight);
            _batch.Add(document);
            _batchBytes += bytes;
            _batchWeight += weight;
            return true;
        }

        // A document that does not fit still goes when nothing else is in flight, so any size makes progress.
        private bool HasRoom(int weight)
        {
            int inFlight = Volatile.Read(ref _inFlight);
            return inFlight == 0 || inFlight + weight <= pipeline.Window;
        }

        /// <summary>Queues a copy of the batch being filled as the next batch and starts a new one.</summary>
        private void PublishLocked()
        {
            _todo.Enqueue(new Batch(_sequence++, [.. _batch], _batchWeight));
            _queuedBatches = _todo.Count;
            _batch.Clear();
            _batchBytes = 0;
            _batchWeight = 0;
            if (_idleWorkers > 0) Monitor.PulseAll(_gate);
        }

        /// <summary>Worker thread: lints batches until the input ends or the run is cancelled.</summary>
        public void Work()
        {
            try
            {
                while (TakeBatch() is { } batch)
                {
                    var documents = batch.Documents;
                    var results = new DocumentResult?[documents.Count];
                    var kept = new SourceDocument[documents.Count];
                    for (int i = 0; i < documents.Count; i++)
                    {
                        if (cancellation.IsCancellationRequested) break;
                        var document = documents[i];
                        DocumentResult result;
                        try { result = pipeline._process(document); }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            result = new DocumentResult { Path = document.Path, Error = $"internal error ({e.GetType().Name}): {e.Message}" };
                        }
                        results[i] = result;
                        kept[i] = document with { Bytes = null, Text = null };
                        documents[i] = null!; // the bytes can go as soon as the document is linted
                    }
                    lock (_gate)
                    {
                        _done.Enqueue(new Finished(batch.Sequence, results, kept, batch.Weight));
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            finally
            {
                lock (_gate)
                {
                    _workersRunning--;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private Batch? TakeBatch()
        {
            lock (_gate)
            {
                while (true)
                {
                    if (cancellation.IsCancellationRequested) return null;
                    if (_todo.TryDequeue(out var batch))
                    {
                        _queuedBatches = _todo.Count;
                        return batch;
                    }
                    if (_readingEnded) return null;
                    _idleWorkers++;
                    Monitor.Wait(_gate);
                    _idleWorkers--;
                }
            }
        }

        /// <summary>Calling thread: the next linted batch, in completion order; false when every worker has ended or the run was cancelled.</summary>
        public bool TakeFinished(out Finished finished)
        {
            lock (_gate)
            {
                while (true)
                {
                    if (cancellation.IsCancellationRequested) { finished = null!; return false; }
                    if (_done.TryDequeue(out finished!)) return true;
                    if (_workersRunning == 0) return false;
                    Monitor.Wait(_gate);
                }
            }
        }

        /// <summary>After cancellation and the workers' end: whatever finished, without waiting.</summary>
        public bool TryTakeFinishedNow(out Finished finished)
        {
            lock (_gate) return _done.TryDequeue(out finished!);
        }

        /// <summary>Calling thread: documents of this total weight were handed out, making room for the reader.</summary>
        public void Release(int weight)
        {
            Interlocked.Add(ref _inFlight, -weight);
            if (Volatile.Read(ref _readerWaiting) == 1)
                lock (_gate) Monitor.PulseAll(_gate);
        }

        /// <summary>On cancellation: every thread waiting on the gate looks at the token again.</summary>
        public void WakeEveryone()
        {
            lock (_gate) Monitor.PulseAll(_gate);
        }
    }
}
