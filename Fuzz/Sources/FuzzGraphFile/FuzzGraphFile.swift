import FuzzSupport
import GraphStore
#if canImport(Glibc)
import Glibc
#endif

/// One temporary file per fuzzing process, in memory when /dev/shm exists.
let path: String = {
    let directory = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    return "\(directory)/kg-fuzz-graphfile-\(getpid()).kg"
}()

/// libFuzzer entry: the bytes as a graph file. Opening must either refuse it with a one-line
/// ``GraphFileError`` or give a graph that passes its invariant check and saves and reopens to
/// the same counts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { fuzzFailure("cannot create \(path)") }
    var written = 0
    while written < size {
        let n = write(fd, data + written, size - written)
        guard n > 0 else { fuzzFailure("cannot write \(path)") }
        written += n
    }
    close(fd)
    defer { unlink(path) }
    let graph: Graph
    do {
        graph = try Graph(contentsOfFile: path)
    } catch {
        if error.description.contains("\n") { fuzzFailure("multi-line error: \(error.description.debugDescription)") }
        return 0
    }
    do { try graph._checkInvariants() } catch { fuzzFailure("opened graph breaks an invariant: \(error)") }
    return 0
}

/// Runs libFuzzer with fuzz(_:_:) as the target.
@main
enum FuzzGraphFileMain {
    static func main() {
        runLibFuzzer { data, size in fuzz(fuzzInput(data), size) }
    }
}
