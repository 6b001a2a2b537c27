// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::app {

/**
 * The first rows of another list model, kept in step with it: a page that shows the newest few
 * of thousands (the check-in history, a goal's progress, an activity's done log) or the first
 * of hundreds (My patients) makes delegates for those only, and the next few when the person
 * asks for them (showMore). Each
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
    /** How many rows of the source it shows at most: the step it was made with, or a multiple. */
    Q_PROPERTY(int limit READ limit NOTIFY limitChanged)
    /** How many rows of the source it does not show. */
    Q_PROPERTY(int hiddenCount READ hiddenCount NOTIFY hiddenCountChanged)

public:
    /** Follows @p source, a list model whose roles run from Qt::UserRole on (a RowModel or a
     *  RecordListModel), which outlives this model (e.g. the same parent), @p step rows; each
     *  showMore() shows @p step more. */
    FirstRowsModel(QAbstractItemModel *source, int step, QObject *parent);
    int limit() const { return m_limit; }
    int hiddenCount() const { return m_hidden; }

    /** Shows the next step rows of the source too (added below, by rowsInserted). */
    Q_INVOKABLE void showMore();
    /** Back to the first step rows: what a page shows when it opens, or another goal's or
     *  activity's history is shown. */
    Q_INVOKABLE void showFirst();

Q_SIGNALS:
    void limitChanged();
    void hiddenCountChanged();

private:
    struct Row {
        QVariantList values; ///< one per role of the source
        QVariant value(int column) const { return values.value(column); }
        QString key() const { return values.value(0).toString(); }
        friend bool operator==(const Row &, const Row &) = default;
    };

    void follow();
    void setLimit(int limit);

    QAbstractItemModel *m_source;
    const int m_step;
    int m_limit;
    int m_hidden = 0;
    Rows<Row> m_rows {this};
};

} // namespace cc::app
