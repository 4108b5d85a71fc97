using System.Runtime.InteropServices;

namespace RuleEngine.Cli.Infrastructure;

/// <summary>
/// What the OS has charged for this process's finished children (getrusage(RUSAGE_CHILDREN)): their CPU
/// time, summed, and the peak resident set of the largest one. Linux only; null elsewhere.
/// </summary>
/// <param name="Cpu">User + system CPU time of every child waited for so far.</param>
/// <param name="PeakRssBytes">ru_maxrss: the largest peak resident set among those children.</param>
public readonly record struct ChildProcessUsage(TimeSpan Cpu, long PeakRssBytes)
{
    private const int RusageChildren = -1;

    /// <summary>The totals so far, or null when the OS does not report them.</summary>
    public static ChildProcessUsage? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        if (getrusage(RusageChildren, out var usage) != 0) return null;
        var cpu = TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds)
                  + TimeSpan.FromMicroseconds(usage.UserMicroseconds + usage.SystemMicroseconds);
        return new ChildProcessUsage(cpu, usage.MaxRssKilobytes * 1024);
    }

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs (ru_maxrss first, in kB).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRssKilobytes;
        private long _ixrss, _idrss, _isrss, _minflt, _majflt, _nswap, _inblock, _oublock, _msgsnd, _msgrcv, _nsignals, _nvcsw, _nivcsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);
}
