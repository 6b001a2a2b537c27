// SPDX-License-Identifier: GPL-3.0-or-later
#include "comment.h"

#include "codes.h"
#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"
#include "recordid.h"

namespace cc::domain {

namespace {
const QLatin1StringView KeyTarget("tg");
const QLatin1StringView KeyTargetKind("tk");
const QLatin1StringView KeyAuthor("by");
const QLatin1StringView KeyAuthorAccount("ba");
const QLatin1StringView KeyAuthorName("bn");
const QLatin1StringView KeyAuthorRole("br");
const QLatin1StringView KeyText("t");
constexpr qsizetype MaxAccountSize = 64;
const QLatin1StringView KeyTime("tm");
} // namespace

QCborMap Comment::toFields() const
{
    detail::FieldWriter writer;
    writer.bytes(KeyTarget, targetId);
    writer.text(KeyTargetKind, targetKind);
    writer.bytes(KeyAuthor, authorId);
    writer.bytes(KeyAuthorAccount, authorAccount);
    writer.text(KeyAuthorName, authorName);
    writer.text(KeyAuthorRole, authorRole);
    writer.localized(KeyText, text);
    writer.utcTime(KeyTime, time);
    return writer.fields();
}

Result<Comment> Comment::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    Comment comment;
    comment.targetId = reader.id(KeyTarget);
    comment.targetKind = reader.shortText(KeyTargetKind);
    comment.authorId = reader.id(KeyAuthor);
    comment.authorAccount = reader.bytes(KeyAuthorAccount, MaxAccountSize);
    comment.authorName = reader.shortText(KeyAuthorName);
    comment.authorRole = reader.shortText(KeyAuthorRole);
    comment.text = reader.localized(KeyText);
    comment.time = reader.utcTime(KeyTime);
    if (!reader.ok())
        return reader.error();
    if (Status check = comment.validate(); !check)
        return check.error();
    return comment;
}

Status Comment::validate() const
{
    if (!isValidRecordId(targetId) || !codes::isValidRecordKind(targetKind))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A comment must belong to a record."));
    const bool memberAuthor = isValidRecordId(authorId);
    const bool accountAuthor =
        !authorAccount.isEmpty() && authorAccount.size() <= MaxAccountSize && !authorName.trimmed().isEmpty();
    if (!memberAuthor && !accountAuthor)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A comment needs an author."));
    if (!authorRole.isEmpty() && !codes::isValidRole(authorRole))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The comment's author has an unknown role."));
    if (text.text.trimmed().isEmpty() || !text.isValid())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A comment cannot be empty."));
    if (!detail::isStorableUtcTime(time))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A comment needs a valid time."));
    return {};
}

} // namespace cc::domain
