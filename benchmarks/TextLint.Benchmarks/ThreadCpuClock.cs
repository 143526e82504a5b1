// Invariant: on Linux the figure is the calling thread's own CPU time, so time the scheduler gives
// other processes (this machine is shared) is not counted; elsewhere it falls back to wall time and
// says so through IsThreadTime.

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TextLint.Benchmarks;

/// <summary>Seconds of CPU the calling thread has used, for best-of-N figures on a busy machine.</summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID in Linux's <time.h>

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether <see cref="Now"/> measures the thread's CPU time (Linux) rather than wall time.</summary>
    public static bool IsThreadTime { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The thread's CPU seconds so far (wall seconds since an arbitrary point where that is not available).</summary>
    public static double Now()
    {
        if (IsThreadTime && ClockGetTime(ClockThreadCpuTimeId, out TimeSpec time) == 0)
            return time.Seconds + time.Nanoseconds * 1e-9;
        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    /// <summary>
    /// Seconds per call of <paramref name="work"/> in the least disturbed of <paramref name="rounds"/>
    /// rounds of <paramref name="repeat"/> calls each, after one warm-up call; <paramref name="result"/>
    /// is what the last call returned.
    /// </summary>
    public static double BestOf(int rounds, Func<int> work, out int result, int repeat = 1)
    {
        result = work();
        double best = double.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            double start = Now();
            for (int i = 0; i < repeat; i++) result = work();
            best = Math.Min(best, (Now() - start) / repeat);
        }
        return best;
    }

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}
