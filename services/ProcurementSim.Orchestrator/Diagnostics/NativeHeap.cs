using System.Runtime.InteropServices;

namespace ProcurementSim.Orchestrator.Diagnostics;

/// <summary>glibc malloc's own accounting (<c>mallinfo2</c>, glibc 2.33+): what native code holds and what the allocator keeps free.</summary>
internal static partial class NativeHeap
{
    /// <summary>(bytes in use, free bytes held), or (-1, -1) where mallinfo2 is missing (not Linux, musl, old glibc).</summary>
    public static (long InUse, long Free) Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (-1, -1);
        }

        try
        {
            var info = MallInfo2();
            // uordblks: in use from the arenas; hblkhd: in use in mmap'd blocks; fordblks: free in the arenas.
            return ((long)(info.Uordblks + info.Hblkhd), (long)info.Fordblks);
        }
        catch (DllNotFoundException)
        {
            return (-1, -1);
        }
        catch (EntryPointNotFoundException)
        {
            return (-1, -1);
        }
    }

    [LibraryImport("libc", EntryPoint = "mallinfo2")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial MallInfo MallInfo2();

    // struct mallinfo2: ten size_t fields.
    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo
    {
        public nuint Arena;
        public nuint Ordblks;
        public nuint Smblks;
        public nuint Hblks;
        public nuint Hblkhd;
        public nuint Usmblks;
        public nuint Fsmblks;
        public nuint Uordblks;
        public nuint Fordblks;
        public nuint Keepcost;
    }
}
