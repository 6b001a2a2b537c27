// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/patientlistmodel.h"

namespace cc::app {

PatientListModel::PatientListModel(QObject *parent)
    : RowModel({"patientId", "name", "colour", "flags", "flagCount", "newComments", "nextReview", "detail"}, parent)
{ }

void PatientListModel::setRows(QList<QVariantList> rows)
{
    constexpr int Id = int(PatientIdRole) - int(Qt::UserRole);
    constexpr int Name = int(NameRole) - int(Qt::UserRole);
    QHash<QString, int> sameName;
    for (const QVariantList &row : std::as_const(rows))
        ++sameName[row.value(Name).toString().trimmed().toCaseFolded()];
    for (QVariantList &row : rows) {
        const QByteArray owner = QByteArray::fromHex(row.value(Id).toString().toLatin1());
        const QVariant birthYear = row.value(int(DetailRole) - int(Qt::UserRole));
        QString detail;
        if (birthYear.isValid() && !birthYear.isNull())
            detail = tr("born %1", "@info a patient's birth year in My patients").arg(birthYear.toInt());
        // Two "Maria"s and no birth year shared: at least their accounts differ.
        if (detail.isEmpty() && sameName.value(row.value(Name).toString().trimmed().toCaseFolded()) > 1)
            detail = tr("account %1", "@info a short account id telling two patients apart")
                         .arg(QString::fromLatin1(owner.toHex().left(6)).toUpper());
        row.resize(int(DetailRole) - int(Qt::UserRole));
        row.append(detail);
    }
    RowModel::setRows(std::move(rows));
}

QString PatientListModel::patientIdAt(int row) const
{
    return data(index(row, 0), PatientIdRole).toString();
}

} // namespace cc::app
