extension Int {
    /// The number in decimal, padded with leading zeros to at least `width` digits.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(Swift.abs(self))
        let padded = String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
        return self < 0 ? "-" + padded : padded
    }
}
