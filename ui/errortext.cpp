#include "ui/errortext.h"

#include <QCoreApplication>

namespace kj::ui {

namespace {

// Gives the sentences one translation context.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::ErrorText)

public:
    static QString sentenceFor(ErrorCode code);
    static QString withDetail(const QString &sentence, const QString &detail)
    {
        return tr("%1 (%2)").arg(sentence, detail);
    }
};

QString ErrorText::sentenceFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson:
    case ErrorCode::InvalidUtf8:
    case ErrorCode::UnknownField:
    case ErrorCode::BadRequest:
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::UnsupportedMediaType:
    case ErrorCode::HeaderTooLarge:
        return tr("The server did not understand the request. Kongjian and the server may be different versions.");
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField:
        return tr("Some of what you entered was not accepted.");
    case ErrorCode::InvalidId:
        return tr("The item's id is not valid.");
    case ErrorCode::Unauthorized:
        return tr("Your session has ended. Please sign in again.");
    case ErrorCode::BadCredentials:
        return tr("The username or password is wrong.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do that.");
    case ErrorCode::NotFound:
        return tr("It could not be found. It may have been deleted, or you may not be allowed to see it.");
    case ErrorCode::Conflict:
        return tr("It was changed elsewhere in the meantime.");
    case ErrorCode::UsernameTaken:
        return tr("This username is already taken. Please choose another one.");
    case ErrorCode::AlreadyExists:
        return tr("That already exists: you are already friends, or a request is already waiting.");
    case ErrorCode::PayloadTooLarge:
        return tr("It is too large for the server.");
    case ErrorCode::TooManyRequests:
        return tr("Too many attempts. Please wait a few minutes and try again.");
    case ErrorCode::Internal:
        return tr("The server ran into a problem. Please try again later.");
    case ErrorCode::Unavailable:
        return tr("The server is busy or down for maintenance. Please try again later.");
    case ErrorCode::NetworkError:
        return tr("The server could not be reached. Check the address and your network connection.");
    case ErrorCode::Timeout:
        return tr("The server took too long to answer.");
    case ErrorCode::BadResponse:
        return tr("The server gave an answer Kongjian does not understand. Is this a Kongjian server?");
    case ErrorCode::Storage:
        return tr("Kongjian could not read or write its local data on this computer.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    }
    return tr("Something went wrong.");
}

// Codes whose message names what exactly was wrong (which field, which file) in a way a person can act on.
bool messageHelps(ErrorCode code)
{
    return code == ErrorCode::InvalidField || code == ErrorCode::MissingField || code == ErrorCode::Storage
        || code == ErrorCode::NetworkError;
}

} // namespace

QString errorText(const kj::Error &error)
{
    const QString sentence = ErrorText::sentenceFor(error.code);
    if (messageHelps(error.code) && !error.message.isEmpty())
        return ErrorText::withDetail(sentence, error.message);
    return sentence;
}

} // namespace kj::ui
