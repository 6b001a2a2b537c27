// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::app {

/**
 * The first rows of another list model, kept in step with it: a page that shows the newest few
 * of thousands (the check-in history, a goal's progress) makes delegates for those only. Each
 * change of the source (its granular signals or a reset) becomes this model's difference
 * (Rows::set), so a delegate shown stays when rows arrive or go further down. Its roles are
 * the source's, so a row is the source row's values, keyed by the first (the record id).
 */
class FirstRowsModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")

public:
    /** Follows @p source, a list model whose roles run from Qt::UserRole on (a RowModel or a
     *  RecordListModel), which outlives this model (e.g. the same parent), @p limit rows. */
    FirstRowsModel(QAbstractItemModel *source, int limit, QObject *parent);
    int limit() const { return m_limit; }

private:
    struct Row {
        QVariantList values; ///< one per role of the source
        QVariant value(int column) const { return values.value(column); }
        QString key() const { return values.value(0).toString(); }
        friend bool operator==(const Row &, const Row &) = default;
    };

    void follow();

    QAbstractItemModel *m_source;
    int m_limit;
    Rows<Row> m_rows {this};
};

} // namespace cc::app
