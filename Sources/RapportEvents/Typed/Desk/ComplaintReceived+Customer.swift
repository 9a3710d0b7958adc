extension ComplaintReceived {
    /// The customer who complained (`customer` of `rapport.complaint.received`: id and name).
    public typealias Customer = PersonReference
}
