// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

#include <functional>

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

    explicit PatientListModel(QObject *parent);
    /** Rows of every role but detail, then the patient's birth year as her spaces give it (an
     *  int, or nothing): detail is made from it here. */
    void setRows(QList<QVariantList> rows);

    /** The patient id (hex) of row @p row; empty if out of range. */
    Q_INVOKABLE QString patientIdAt(int row) const;
};

} // namespace cc::app
