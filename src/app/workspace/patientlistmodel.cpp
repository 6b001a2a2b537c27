// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/patientlistmodel.h"

namespace cc::app {

PatientListModel::PatientListModel(QObject *parent)
    : RowModel({"patientId", "name", "colour", "flags", "flagCount", "newComments", "nextReview", "detail"}, parent)
{ }

void PatientListModel::setRows(QList<Row> rows)
{
    QHash<QString, int> sameName;
    for (const Row &row : std::as_const(rows))
        ++sameName[row.name.trimmed().toCaseFolded()];
    for (Row &row : rows) {
        row.detail.clear();
        if (row.birthYear)
            row.detail = tr("born %1", "@info a patient's birth year in My patients").arg(*row.birthYear);
        // Two "Maria"s and no birth year shared: at least their accounts differ.
        else if (sameName.value(row.name.trimmed().toCaseFolded()) > 1)
            row.detail = tr("account %1", "@info a short account id telling two patients apart")
                             .arg(row.patientId.left(6).toUpper());
    }
    m_rows.set(std::move(rows));
}

QString PatientListModel::patientIdAt(int row) const
{
    return m_rows.keyAt(row);
}

} // namespace cc::app
