namespace StartupTerritoire.WorkshopEngine.Pistes;

/// <summary>
/// The check every contact goes through before it is kept: a sign-up on the evening, an invitation, a member or a
/// resource person of a working group. Empty fields are dropped; an all-empty contact is no contact.
/// </summary>
public static class Contacts
{
    /// <summary>The contact, trimmed and checked, or null when nothing is left.</summary>
    public static ContactDetails? Check(ContactDetails? contact)
    {
        if (contact is null)
        {
            return null;
        }

        var name = Input.Optional(contact.Name, ContactDetails.MaxFieldLength, "name", allowNewLines: false);
        var email = Input.Optional(contact.Email, ContactDetails.MaxFieldLength, "email", allowNewLines: false);
        var phone = Input.Optional(contact.Phone, ContactDetails.MaxFieldLength, "phone", allowNewLines: false);
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The e-mail address looks wrong.");
        }

        if (phone.Length > 0 && !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '.' or '-' or '(' or ')'))
        {
            throw new WorkshopException(ErrorCodes.InvalidArgument, "The phone number looks wrong.");
        }

        return name.Length + email.Length + phone.Length == 0
            ? null
            : new ContactDetails(Input.NullIfEmpty(name), Input.NullIfEmpty(email), Input.NullIfEmpty(phone));
    }
}
