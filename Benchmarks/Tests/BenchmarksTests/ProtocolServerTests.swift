@testable import kg_bench_server
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The server answers compare.py's protocol: replies, counts and failures.
struct ProtocolServerTests {
    /// A small graph in the benchmark's TSV conventions, written to a temporary file.
    static func sampleFile() throws -> String {
        let text = """
            Antony_Blinken\ttype\tPerson
            Antony_Blinken\tmeet\tVladimir_Putin
            Antony_Blinken\tvisit\tUkraine
            Antony_Blinken\tborn_in_year\t1962
            Vladimir_Putin\tvisit\tChina
            Vladimir_Putin\tannex\tCrimea
            Russia\tannex\tCrimea
            Crimea\tannex\tRussia
            Ivan_Petrov\ttype\tPerson
            Ivan_Petrov\tborn_in_year\t2001

            """
        let path = "/tmp/kg-bench-server-test-\(getpid())-\(Int.random(in: 0 ..< 1_000_000)).tsv"
        guard let file = fopen(path, "w") else { throw SampleFileError.cannotWrite(path) }
        defer { fclose(file) }
        fputs(text, file)
        return path
    }

    enum SampleFileError: Error { case cannotWrite(String) }

    @Test func loadQueryAndFailures() throws {
        var server = ProtocolServer()
        #expect(server.handle("QUERY", "Q01 SELECT ?p ?o WHERE { e:Antony_Blinken ?p ?o }") == "ERR no graph loaded")
        #expect(server.handle("LOAD", "/nonexistent/kg.tsv").hasPrefix("ERR "))
        let path = try Self.sampleFile()
        defer { unlink(path) }
        let loaded = server.handle("LOAD", path).split(separator: " ")
        #expect(loaded.first == "OK")
        #expect(loaded.last == "10")
        for (id, count) in [("Q01", 4), ("Q08", 2), ("Q11", 1), ("Q13", 1)] {
            let reply = server.handle("QUERY", "\(id) ignored sparql text").split(separator: " ")
            #expect(reply.count == 3 && reply[0] == "OK", "\(id): \(reply)")
            #expect(reply.count == 3 && Int(reply[1]) == count, "\(id): \(reply)")
        }
        #expect(server.handle("QUERY", "Q99 SELECT * WHERE { ?s ?p ?o }").hasPrefix("SKIP "))
        #expect(server.handle("RSS", "").hasPrefix("OK "))
        #expect(server.handle("FROB", "").hasPrefix("ERR unknown command"))
    }

    @Test func splitAndOneLine() {
        #expect(ProtocolServer.split("QUERY Q01 SELECT ?x") == ("QUERY", "Q01 SELECT ?x"))
        #expect(ProtocolServer.split("QUIT") == ("QUIT", ""))
        #expect(ProtocolServer.oneLine("a\n  b\tc") == "a b c")
    }
}
