#if canImport(Glibc)
import Glibc
#endif

/// This process's id.
public enum ProcessID {
    /// `getpid()`.
    public static var current: Int32 { getpid() }
}
