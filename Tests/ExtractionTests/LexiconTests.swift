import Testing
@testable import Extraction

@Suite struct LexiconTests {
    @Test func standardLexiconLoads() {
        let lexicon = Lexicon.standard
        #expect(lexicon.demonyms["russian"] == "Russia")
        #expect(lexicon.titles.contains("foreign minister"))
        #expect(lexicon.nominalizations["annexation"]?.verb == "annex")
    }
}
