#pragma once

#include "secretmask.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

// Builds actions from the catalog ({executor: {action: {field: null|default}}}): a form per
// action with mandatory fields marked and enforced and URL fields checked, an ordered batch and
// saved presets. Sending emits sendRequested with [{actionType, additionalInfo}, ...]. Fields the
// catalog flags "$secret" are masked (with a reveal toggle), shown masked in the batch and never
// saved in presets.
class ActionComposer : public QWidget
{
    Q_OBJECT
public:
    explicit ActionComposer(QWidget *parent = nullptr);
    ~ActionComposer() override;

    void setCatalog(const QJsonObject &catalog);
    void setTarget(const QString &documentId); // empty: nothing to send to
    QString target() const { return m_target; }
    // Not owned. Default: QSettings() with the application's organisation and name.
    void setPresetStore(QSettings *settings);

    bool selectAction(const QString &executor, const QString &action);
    bool setFieldValue(const QString &field, const QString &text);
    QWidget *fieldEditor(const QString &field) const { return m_editors.value(field); }
    QJsonArray batch() const;
    QString inlineError() const;
    QStringList presetNames() const;

    // The form as one batch entry, or nullopt with the inline error shown.
    std::optional<QJsonObject> currentEntry();
    // What happened to the last send, told by the owner (e.g. "waiting offline", "written").
    void setDeliveryMessage(const QString &message);
    QString statusText() const;

public Q_SLOTS:
    bool send();
    bool addToBatch();
    bool savePreset(const QString &name);
    bool loadPreset(const QString &name);
    void deletePreset(const QString &name);

Q_SIGNALS:
    void sendRequested(const QString &documentId, const QJsonArray &batch);

private:
    void rebuildActions();
    void rebuildForm();
    void fixTabOrder();
    void showError(const QString &message, QWidget *field = nullptr);
    void clearError();
    void appendBatchItem(const QJsonObject &entry);
    void refreshPresets();
    QSettings *store();
    QString describe(const QJsonObject &entry) const;

    QJsonObject m_catalog;
    SecretMask m_mask;
    QString m_target;
    QComboBox *m_executor;
    QComboBox *m_action;
    QWidget *m_formHost;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_editors;
    QJsonObject m_fields; // the selected action's template
    QLabel *m_error;
    QLabel *m_status;
    QListWidget *m_batch;
    QComboBox *m_presets;
    QPushButton *m_send;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
};
