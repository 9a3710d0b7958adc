/// How the customer reached the desk (`channel`).
public enum Channel: String, Sendable, Hashable, CaseIterable, DataValue {
    /// `front-desk`: in person, at the desk.
    case frontDesk = "front-desk"
    /// `phone`: by telephone.
    case phone = "phone"
    /// `chat`: by chat.
    case chat = "chat"
    /// `email`: by email.
    case email = "email"
    /// `other`: any other way.
    case other = "other"
}
