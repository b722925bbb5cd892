import Testing
@testable import Language

/// The tagger's feature templates.
@Suite struct TaggerFeaturesTests {
    static func features(_ forms: [String], spacing: [UInt64], at i: Int) -> [UInt64] {
        var words = forms.map(WordInfo.init)
        for k in words.indices { words[k].spacing = spacing[k] }
        var out: [UInt64] = []
        TaggerFeatures.extract(words, words.map { _ in 0 }, style: 0, i, prev: -1, prev2: -1, into: &out)
        return out
    }

    @Test func spacingReachesPunctuationOnly() {
        let forms = ["well", "-", "known"]
        let joined = Self.features(forms, spacing: [1, 0, 2], at: 1), spaced = Self.features(forms, spacing: [3, 3, 3], at: 1)
        #expect(joined != spaced, "a hyphen between two words reads differently from a spaced dash")
        #expect(Self.features(forms, spacing: [1, 0, 2], at: 0) == Self.features(forms, spacing: [3, 3, 3], at: 0),
                "words do not see their spacing")
    }
}
