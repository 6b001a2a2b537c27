// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The one table of words for the codes the data model stores (DESIGN.md §3; the codes
 * themselves are in codes.h), translated in the context "Labels" with the current
 * translator. The app shows them through CodeLabels (QML), the agenda export writes them.
 * An unknown code comes back as it is, so nothing a newer device wrote silently disappears.
 */
namespace cc::domain::codelabels {

/** A care-team role: patient, caregiver, gp, … */
QString role(const QString &code);
/** A check-in domain, or "practical" (goals only). */
QString domain(const QString &code);
QString goalKind(const QString &code);
QString goalStatus(const QString &code);
QString achievement(const QString &code);
QString activityKind(const QString &code);
QString activityStatus(const QString &code);
QString planStatus(const QString &code);
/** A sharing space's colour code in words. */
QString colour(const QString &code);
/** What a member of a space may do (DESIGN.md §5 roles): owner, editor, contributor, viewer. */
QString permission(const QString &code);

} // namespace cc::domain::codelabels
