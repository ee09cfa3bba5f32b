using System.Globalization;

namespace KnowledgeGraph.LoadTest;

/// <summary>
/// The CPU time that server processes have used so far (user and system, from <c>/proc/&lt;pid&gt;/stat</c>, Linux
/// only). Divided by the requests served between two readings it gives CPU per request, which a machine shared with
/// other work disturbs far less than requests per second.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the kernel reports utime and stime in ticks of 1/100 s on every Linux the project runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(IReadOnlyList<int> processIds) =>
        TimeSpan.FromSeconds(processIds.Sum(TicksOf) / TicksPerSecond);

    // The fields after the command name (which may hold spaces, hence the last ')'): state is the 3rd, utime the 14th
    // and stime the 15th of the whole line.
    private static long TicksOf(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
