using System.Runtime.InteropServices;

namespace TextLint.Core.Sources;

/// <summary>
/// Tells a regular file from a named pipe, socket or device without opening it: opening a named
/// pipe waits for a writer, and a device such as <c>/dev/zero</c> never ends, so a folder walk that
/// met one would hang the whole batch.
/// </summary>
internal static partial class FileKind
{
    // The file type bits of the .NET runtime's own stat shim (System.Native's FileStatus.Mode, the
    // same on every Unix the runtime supports), which the base library uses for FileInfo.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>
    /// True when <paramref name="path"/> (after following links) is neither a regular file nor a
    /// folder. False for regular files, folders, paths that do not exist, and wherever the platform
    /// cannot tell (Windows, or a runtime without the shim).
    /// </summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return UnixFileType(path) is { } type && type != Regular && type != Directory;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static unsafe int? UnixFileType(string path)
    {
        // FileStatus is about 130 bytes; Mode is the second 32-bit field.
        byte* status = stackalloc byte[512];
        if (Stat(path, status) != 0) return null;
        return *(int*)(status + sizeof(int)) & TypeMask;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* status);
}
