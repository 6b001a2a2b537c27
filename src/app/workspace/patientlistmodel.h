// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QDateTime>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cc::domain {
class CareStore;
}

namespace cc::app {

/**
 * "My patients": every patient who shared with this care-team member, those needing
 * attention first. Rows: patientId (the owner's account id, hex), name, colour (a
 * SpaceInfo colour code), flags ([{kind: "worsening"|"discuss"|"review"|"goal", domains,
 * date, count}], see WorkspaceController::flagList), flagCount, newComments, nextReview,
 * detail: what tells two patients of the same name apart ("born 1948", from the birth year
 * she shares with her spaces; else, for a name another row has too, a short account id).
 */
class PatientListModel : public cc::app::RowModel // qualified for Qt 6.4's qmltyperegistrar
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by WorkspaceController")

public:
    enum Role {
        PatientIdRole = Qt::UserRole,
        NameRole,
        ColourRole,
        FlagsRole,
        FlagCountRole,
        NewCommentsRole,
        NextReviewRole,
        DetailRole,
    };
    Q_ENUM(Role)

    /** A patient in the list. */
    struct Row {
        QString patientId; ///< hex
        QString name;
        QString colour;
        QVariantList flags; ///< WorkspaceController::flagList
        int flagCount = 0;
        int newComments = 0;
        QDateTime nextReview; ///< invalid for none
        QString detail; ///< made by setRows() from the birth year and the other names
        /** As her spaces give it; not a role. */
        std::optional<int> birthYear;
        auto fields() const
        {
            return std::tie(patientId, name, colour, flags, flagCount, newComments, nextReview, detail);
        }
    };

    explicit PatientListModel(QObject *parent);
    /** Replaces the rows, making each one's detail (leave it empty) from her birth year. */
    void setRows(QList<Row> rows);

    /** The patient id (hex) of row @p row; empty if out of range. */
    Q_INVOKABLE QString patientIdAt(int row) const;

private:
    Rows<Row> m_rows {this};
};

} // namespace cc::app
