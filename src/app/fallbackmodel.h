#pragma once

#include "configsnapshot.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <functional>

namespace clawdesk {

/// @brief The fallback chain (agents.defaults.model.fallbacks) with a warning per entry.
///
/// Roles: `key` (canonical provider/model, or the raw text when it does not resolve), `position`
/// (1-based), `dropped` (bool: the allowlist silently drops it), `noAuth` (bool: its provider has
/// no credentials), `warning` (translated text, empty when fine). Edits go through the owner's
/// editor callbacks (ConfigStore), and the model follows the file via setSnapshot().
class FallbackModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Config.fallbacks")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, PositionRole, DroppedRole, NoAuthRole, WarningRole };
    Q_ENUM(Role)

    struct Editor
    {
        std::function<bool(const QString &key)> add;
        std::function<bool(int index)> remove;
        std::function<bool(int from, int to)> move;
    };

    explicit FallbackModel(QObject *parent = nullptr);
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setSnapshot(const ConfigSnapshotPtr &snapshot);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool add(const QString &key);
    Q_INVOKABLE bool remove(int index);
    Q_INVOKABLE bool move(int from, int to);
    QStringList keys() const;

signals:
    void countChanged();

protected:
    /// The warnings are translated text: a language switch re-announces them.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString key;
        bool dropped = false;
        bool noAuth = false;
        bool operator==(const Row &) const = default;
    };
    QString warningFor(const Row &row) const;

    QList<Row> m_rows;
    Editor m_editor;
};

} // namespace clawdesk
