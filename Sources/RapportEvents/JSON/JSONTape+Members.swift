extension JSONTape {
    /// The members of the object at `index` as (key, value) token indexes.
    func members(_ index: Int) -> Members {
        Members(tape: self, key: index + 1, remaining: Int(tokens[index].length))
    }

    /// The elements of the array at `index` as token indexes.
    func elements(_ index: Int) -> Elements {
        Elements(tape: self, element: index + 1, remaining: Int(tokens[index].length))
    }

    /// Iterates an object's members as (key, value) token indexes.
    struct Members: Sequence, IteratorProtocol {
        let tape: JSONTape
        var key: Int
        var remaining: Int

        mutating func next() -> (key: Int, value: Int)? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let member = (key: key, value: key + 1)
            key = tape.next(key + 1)
            return member
        }
    }

    /// Iterates an array's elements as token indexes.
    struct Elements: Sequence, IteratorProtocol {
        let tape: JSONTape
        var element: Int
        var remaining: Int

        mutating func next() -> Int? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            defer { element = tape.next(element) }
            return element
        }
    }
}
