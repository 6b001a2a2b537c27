// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/attentionflags.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace cc::domain {
class CareStore;
}

namespace cc::interop {

/**
 * The agenda a care-team member brings to the multidisciplinary meeting about one patient
 * (DESIGN.md §7): the patient's goals in her own words, the needs the attention flags
 * raised (domains, and the patient's "want to discuss" notes), and the open questions
 * (comments of the last OpenQuestionDays days and the "want to discuss" notes of that
 * time). Built from one patient's store only, so nothing of another patient can slip in.
 * Headings and codes follow the app's language (QCoreApplication::translate; codes through
 * domain::codelabels, the app's own words); what people wrote stays as written.
 */
class AgendaExport
{
public:
    static constexpr int OpenQuestionDays = 30;

    struct Item {
        QString text; ///< as written, or a translated sentence
        QString detail; ///< who and when, the domain, … (may be empty)
    };
    struct Section {
        QString title;
        QString emptyText; ///< shown when there are no items
        QList<Item> items;
    };

    AgendaExport(const domain::CareStore &store, const QString &patientName, const domain::AttentionFlags &flags,
        const QDateTime &now = QDateTime::currentDateTime());

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    const QList<Section> &sections() const { return m_sections; }

    /** Plain text, UTF-8 when written. */
    QString toText() const;
    /** A small HTML document for QTextDocument (every value escaped). */
    QString toHtml() const;

    /** The file to write for what a save dialog returned: a local path as it is, except that
     *  what Qt 6.4's own file dialog glued to its folder is taken back apart ("<folder>//<typed
     *  absolute path>", "<folder>/~/<path>"), and "~" means the home folder. */
    static QString resolveTarget(const QUrl &chosen);
    /** The folder to suggest: the documents folder if it exists, else the home folder. */
    static QString suggestedFolder();

    /** Writes toText() to @p path (replaced). A translated error on failure. */
    Status writeText(const QString &path) const;
    /** Writes an A4 PDF of toHtml() to @p path (replaced). */
    Status writePdf(const QString &path) const;

private:
    /** What matters to the patient, in her own words; open goals first, by priority. */
    static Section goalsSection(const domain::CareStore &store, const QString &patientName);
    static Section needsSection(const domain::AttentionFlags &flags);
    /** Recent comments and "want to discuss" notes, oldest first. */
    static Section questionsSection(const domain::CareStore &store, const QString &patientName, const QDateTime &now);

    QString m_title;
    QString m_subtitle;
    QList<Section> m_sections;
};

} // namespace cc::interop
