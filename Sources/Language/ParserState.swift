/// The configuration of the arc-hybrid transition system over one sentence: a stack, a
/// buffer (the words from `next` on, then a virtual root at index `count`), and the arcs
/// built so far.
///
/// Moves: shift (buffer front onto the stack), left (stack top becomes a dependent of the
/// buffer front and is popped), right (stack top becomes a dependent of the item below it and
/// is popped). The sentence's root is the one word attached to the virtual root by a left
/// move, allowed only when it is the last word on the stack. Parsing ends when only the
/// virtual root is left.
struct ParserState {
    /// The three moves; arcs carry a label.
    enum Move: Int {
        case shift = 0, left, right
    }

    let count: Int
    private(set) var stack: [Int] = []
    /// The buffer front.
    private(set) var next = 0
    private(set) var heads: [Int]
    private(set) var labels: [Int]
    /// Leftmost and second-leftmost, rightmost and second-rightmost dependents (-1 if none).
    private(set) var left1: [Int], left2: [Int], right1: [Int], right2: [Int]
    private(set) var leftCount: [Int], rightCount: [Int]

    init(count: Int) {
        self.count = count
        let none = [Int](repeating: -1, count: count + 1)
        heads = none
        labels = none
        left1 = none
        left2 = none
        right1 = none
        right2 = none
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { next >= count && stack.isEmpty }

    /// The i-th stack item from the top, or -1.
    @inline(__always) func s(_ i: Int) -> Int { stack.count > i ? stack[stack.count - 1 - i] : -1 }
    /// The i-th buffer item (`count` is the virtual root), or -1.
    @inline(__always) func b(_ i: Int) -> Int { next + i <= count ? next + i : -1 }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return next < count
        case .left: return !stack.isEmpty && (next < count || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(next)
            next += 1
        case .left:
            let dep = stack.removeLast()
            attach(dep, to: next, label: label)
        case .right:
            let dep = stack.removeLast()
            if let head = stack.last { attach(dep, to: head, label: label) }
        }
    }

    private mutating func attach(_ dep: Int, to head: Int, label: Int) {
        heads[dep] = head
        labels[dep] = label
        if dep < head {
            left2[head] = left1[head]
            left1[head] = dep
            leftCount[head] += 1
        } else {
            right2[head] = right1[head]
            right1[head] = dep
            rightCount[head] += 1
        }
    }

    /// The dynamic-oracle cost of each move: how many gold arcs it makes unreachable
    /// (Goldberg & Nivre 2013); the gold root's head is `count`, the virtual root.
    func cost(_ move: Move, goldHeads: [Int]) -> Int {
        switch move {
        case .shift:
            let b0 = next, s0 = s(0)
            var c = 0
            for x in stack where goldHeads[x] == b0 { c += 1 }
            let h = goldHeads[b0]
            if h >= 0, h != s0, stack.contains(h) { c += 1 }
            return c
        case .left, .right:
            let s0 = s(0)
            var c = 0
            if next < count { for d in next..<count where goldHeads[d] == s0 { c += 1 } }
            let h = goldHeads[s0]
            if move == .left {
                if h == s(1) || h > next { c += 1 }
            } else if h >= next {
                c += 1
            }
            return c
        }
    }
}
