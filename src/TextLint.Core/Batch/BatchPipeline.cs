// Invariant: results are handed out in input order, each exactly once, on the thread that called Run;
// at most Window documents are in flight (queued, being linted, or waiting to be handed out), so memory
// is bounded by Window × the per-document limit whatever the input size.
using System.Collections.Concurrent;
using TextLint.Core.Reporting;
using TextLint.Core.Sources;

namespace TextLint.Core.Batch;

/// <summary>How a batch run ended.</summary>
/// <param name="Documents">Results handed out.</param>
/// <param name="Cancelled">True when the run was cancelled before every document was linted.</param>
public sealed record BatchOutcome(long Documents, bool Cancelled);

/// <summary>
/// One reader thread takes documents from the sources in order and numbers them; <c>jobs</c> worker
/// threads lint them in parallel; the calling thread puts the results back in input order (a small
/// reorder buffer keyed by sequence number) and hands each to a callback — the report writer. A slow
/// document holds back the output behind it, never the workers, until the in-flight window is full.
/// </summary>
public sealed class BatchPipeline
{
    private readonly Func<SourceDocument, DocumentResult> _process;

    /// <summary>A pipeline that processes each document with <paramref name="process"/> (must be thread-safe and never throw).</summary>
    public BatchPipeline(Func<SourceDocument, DocumentResult> process, int jobs, int window = 0)
    {
        _process = process;
        Jobs = Math.Max(1, jobs);
        Window = window > 0 ? Math.Max(window, Jobs) : Math.Max(4, 4 * Jobs);
    }

    /// <summary>Worker threads.</summary>
    public int Jobs { get; }

    /// <summary>Most documents in flight at once.</summary>
    public int Window { get; }

    /// <summary>
    /// Runs every document of <paramref name="sources"/> through the pipeline, calling
    /// <paramref name="onResult"/> in input order with each result and its source document (without its
    /// bytes). On cancellation, stops reading, lets the workers finish the document they hold, hands out
    /// every result that is complete (still in input order, skipping the gaps) and returns with
    /// <see cref="BatchOutcome.Cancelled"/> set.
    /// </summary>
    public BatchOutcome Run(IEnumerable<IDocumentSource> sources, Action<DocumentResult, SourceDocument> onResult, CancellationToken cancellation = default)
    {
        // Not disposed: after a cancellation the reader may still be inside a source for a moment.
        var window = new SemaphoreSlim(Window, Window);
        var queue = new BlockingCollection<(long Sequence, SourceDocument Document)>(new ConcurrentQueue<(long, SourceDocument)>());
        var results = new BlockingCollection<(long Sequence, DocumentResult Result, SourceDocument Document)>();
        int running = Jobs;

        var reader = new Thread(() =>
        {
            long sequence = 0;
            try
            {
                foreach (var source in sources)
                {
                    foreach (var document in source.Read(cancellation))
                    {
                        window.Wait(cancellation);
                        queue.Add((sequence++, document));
                    }
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Sources turn bad input into error documents; anything else is a bug, reported in the run.
                queue.Add((sequence, SourceDocument.Failed("<input>", $"internal error reading inputs ({e.GetType().Name}): {e.Message}")));
            }
            finally
            {
                queue.CompleteAdding();
            }
        }) { IsBackground = true, Name = "textlint-reader" };

        var workers = Enumerable.Range(0, Jobs).Select(i => new Thread(() =>
        {
            try
            {
                foreach (var (sequence, document) in queue.GetConsumingEnumerable(cancellation))
                {
                    DocumentResult result;
                    try { result = _process(document); }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        result = new DocumentResult { Path = document.Path, Error = $"internal error ({e.GetType().Name}): {e.Message}" };
                    }
                    results.Add((sequence, result, document with { Bytes = null, Text = null }));
                }
            }
            catch (OperationCanceledException) { }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0) results.CompleteAdding();
            }
        }) { IsBackground = true, Name = $"textlint-worker-{i}" }).ToList();

        reader.Start();
        foreach (var worker in workers) worker.Start();

        var pending = new Dictionary<long, (DocumentResult, SourceDocument)>();
        long next = 0, handedOut = 0;
        bool cancelled = false;
        try
        {
            foreach (var (sequence, result, document) in results.GetConsumingEnumerable(cancellation))
            {
                pending[sequence] = (result, document);
                while (pending.Remove(next, out var ready))
                {
                    onResult(ready.Item1, ready.Item2);
                    handedOut++;
                    next++;
                    window.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        if (cancelled || cancellation.IsCancellationRequested)
        {
            cancelled = true;
            // Workers finish the document in hand; then every complete result goes out, in order.
            foreach (var worker in workers) worker.Join();
            while (results.TryTake(out var item)) pending[item.Sequence] = (item.Result, item.Document);
            foreach (var sequence in pending.Keys.Order().ToList())
            {
                var (result, document) = pending[sequence];
                onResult(result, document);
                handedOut++;
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
}
