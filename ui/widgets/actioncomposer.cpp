#include "actioncomposer.h"

#include "iconbutton.h"
#include "jsondiff.h"
#include "sp/actioncatalog.h"
#include "uicolors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const char kMandatory[] = "mandatory";
const QLatin1String kPresetGroup("composerPresets");

// QSettings reads '/' in a key as a group separator; any preset name must round-trip.
QString presetKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

ActionComposer::ActionComposer(QWidget *parent)
    : QWidget(parent)
    , m_executor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_formHost(new QWidget(this))
    , m_form(new QFormLayout(m_formHost))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
    , m_batch(new QListWidget(this))
    , m_presets(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    m_executor->setObjectName(u"executor"_s);
    m_executor->setAccessibleName(tr("Executor"));
    m_action->setObjectName(u"action"_s);
    m_action->setAccessibleName(tr("Action"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_error->setObjectName(u"composerError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(UiColors::errorTextStyle());
    m_error->hide();
    m_status->setObjectName(u"composerStatus"_s);
    m_status->setWordWrap(true);
    m_batch->setObjectName(u"batch"_s);
    m_batch->setAccessibleName(tr("Batch of actions to send in order"));
    m_presets->setObjectName(u"presets"_s);
    m_presets->setAccessibleName(tr("Presets"));
    m_send->setObjectName(u"send"_s);
    m_send->setToolTip(
        tr("Send the batch, or the action in the form when the batch is empty (Ctrl+Return)"));
    m_send->setDefault(true);

    auto *pick = new QFormLayout;
    pick->addRow(tr("E&xecutor:"), m_executor);
    pick->addRow(tr("&Action:"), m_action);

    auto *addButton = new QPushButton(tr("Add to &batch"), this);
    addButton->setObjectName(u"addToBatch"_s);
    QToolButton *up = iconButton(this, QStyle::SP_ArrowUp, tr("Move action up"), u"batchUp"_s);
    QToolButton *down
        = iconButton(this, QStyle::SP_ArrowDown, tr("Move action down"), u"batchDown"_s);
    QToolButton *remove
        = iconButton(this, QStyle::SP_TrashIcon, tr("Remove action from batch"), u"batchRemove"_s);
    auto *batchButtons = new QHBoxLayout;
    batchButtons->addWidget(addButton);
    batchButtons->addStretch();
    batchButtons->addWidget(up);
    batchButtons->addWidget(down);
    batchButtons->addWidget(remove);

    QToolButton *savePresetButton
        = iconButton(this, QStyle::SP_DialogSaveButton, tr("Save as preset"), u"savePreset"_s);
    QToolButton *deletePresetButton
        = iconButton(this, QStyle::SP_DialogDiscardButton, tr("Delete preset"), u"deletePreset"_s);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset:"), this));
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(savePresetButton);
    presetRow->addWidget(deletePresetButton);

    auto *fieldsBox = new QGroupBox(tr("Fields (* required)"), this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->addWidget(m_formHost);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presetRow);
    layout->addLayout(pick);
    layout->addWidget(fieldsBox);
    layout->addWidget(m_error);
    layout->addLayout(batchButtons);
    layout->addWidget(m_batch, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_send);

    connect(m_executor, &QComboBox::currentIndexChanged, this, &ActionComposer::rebuildActions);
    connect(m_action, &QComboBox::currentIndexChanged, this, &ActionComposer::rebuildForm);
    connect(addButton, &QPushButton::clicked, this, &ActionComposer::addToBatch);
    connect(m_send, &QPushButton::clicked, this, &ActionComposer::send);
    connect(up, &QToolButton::clicked, this, [this] {
        const int row = m_batch->currentRow();
        if (row > 0) {
            m_batch->insertItem(row - 1, m_batch->takeItem(row));
            m_batch->setCurrentRow(row - 1);
        }
    });
    connect(down, &QToolButton::clicked, this, [this] {
        const int row = m_batch->currentRow();
        if (row >= 0 && row + 1 < m_batch->count()) {
            m_batch->insertItem(row + 1, m_batch->takeItem(row));
            m_batch->setCurrentRow(row + 1);
        }
    });
    connect(remove, &QToolButton::clicked, this, [this] { delete m_batch->currentItem(); });
    connect(savePresetButton, &QToolButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Preset name:"));
        if (!name.trimmed().isEmpty())
            savePreset(name.trimmed());
    });
    connect(deletePresetButton, &QToolButton::clicked, this, [this] {
        if (m_presets->currentIndex() > 0)
            deletePreset(m_presets->currentText());
    });
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadPreset(m_presets->itemText(index));
    });
    setTarget(QString());
}

ActionComposer::~ActionComposer() = default;

void ActionComposer::setPresetStore(QSettings *settings)
{
    m_settings = settings;
    refreshPresets();
}

QSettings *ActionComposer::store()
{
    if (m_settings)
        return m_settings;
    if (!m_ownSettings)
        m_ownSettings = std::make_unique<QSettings>();
    return m_ownSettings.get();
}

void ActionComposer::setCatalog(const QJsonObject &catalog)
{
    m_catalog = catalog;
    m_mask = SecretMask(catalog);
    const QSignalBlocker block(m_executor);
    m_executor->clear();
    for (auto it = catalog.begin(); it != catalog.end(); ++it) {
        if (!it.key().startsWith(u'$') && it.value().isObject())
            m_executor->addItem(it.key());
    }
    rebuildActions();
    refreshPresets();
}

void ActionComposer::setTarget(const QString &documentId)
{
    m_target = documentId;
    m_send->setEnabled(!documentId.isEmpty());
    m_status->setText(documentId.isEmpty() ? tr("Join and select a document to send actions.")
                                           : tr("Sends to the selected document."));
    m_status->setToolTip(documentId);
}

bool ActionComposer::selectAction(const QString &executor, const QString &action)
{
    const int e = m_executor->findText(executor);
    if (e < 0)
        return false;
    m_executor->setCurrentIndex(e);
    const int a = m_action->findText(action);
    if (a < 0)
        return false;
    m_action->setCurrentIndex(a);
    return true;
}

void ActionComposer::rebuildActions()
{
    const QSignalBlocker block(m_action);
    m_action->clear();
    const QJsonObject actions = m_catalog.value(m_executor->currentText()).toObject();
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        if (!it.key().startsWith(u'$'))
            m_action->addItem(it.key());
    }
    // The action a proctor needs most often comes first.
    const int stop = m_action->findText(u"stopSession"_s);
    m_action->setCurrentIndex(stop >= 0 ? stop : 0);
    rebuildForm();
}

void ActionComposer::rebuildForm()
{
    clearError();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    const QJsonObject withFlags = m_catalog.value(m_executor->currentText())
                                      .toObject()
                                      .value(m_action->currentText())
                                      .toObject();
    m_fields = QJsonObject();
    for (auto it = withFlags.begin(); it != withFlags.end(); ++it) {
        if (!it.key().startsWith(u'$')) // flags, not fields
            m_fields.insert(it.key(), it.value());
    }
    const QStringList secrets
        = m_mask.secretFields(m_executor->currentText(), m_action->currentText());
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString name = it.key();
        const QJsonValue def = it.value();
        QWidget *editor = nullptr;
        if (name == u"respondTo"_s) {
            auto *combo = new QComboBox(m_formHost);
            combo->setEditable(true);
            combo->addItem(QString());
            for (int i = 0; i < m_executor->count(); ++i) {
                if (m_executor->itemText(i) != m_executor->currentText())
                    combo->addItem(m_executor->itemText(i));
            }
            combo->setCurrentText(def.toString());
            editor = combo;
        } else if (def.isBool()) {
            auto *check = new QCheckBox(m_formHost);
            check->setChecked(def.toBool());
            editor = check;
        } else {
            auto *edit = new QLineEdit(m_formHost);
            edit->setClearButtonEnabled(true);
            if (def.isString())
                edit->setText(def.toString());
            else if (!def.isNull())
                edit->setText(JsonDiff::compact(def));
            if (SpSync::ActionCatalog::isUrlField(name))
                edit->setPlaceholderText(tr("https://…"));
            if (secrets.contains(name)) {
                edit->setEchoMode(QLineEdit::Password);
                auto *reveal = edit->addAction(
                    style()->standardIcon(QStyle::SP_DialogYesButton), QLineEdit::TrailingPosition);
                reveal->setObjectName(u"reveal"_s);
                reveal->setCheckable(true);
                reveal->setText(tr("Show %1").arg(name));
                reveal->setToolTip(tr("Show or hide the value"));
                connect(reveal, &QAction::toggled, edit, [edit](bool shown) {
                    edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                });
                edit->setProperty("secret", true);
            }
            editor = edit;
        }
        editor->setObjectName(name);
        const bool mandatory = def.isNull();
        editor->setProperty(kMandatory, mandatory);
        editor->setAccessibleName(name);
        editor->setAccessibleDescription(mandatory ? tr("Required") : tr("Optional"));
        m_form->addRow(mandatory ? tr("%1 *").arg(name) : name, editor);
        m_editors.insert(name, editor);
    }
    if (m_fields.isEmpty())
        m_form->addRow(new QLabel(tr("This action has no fields."), m_formHost));
    fixTabOrder();
}

// Top to bottom as laid out: the fields are created after the buttons below them, so without
// this Tab would jump from Action past every field.
void ActionComposer::fixTabOrder()
{
    QList<QWidget *> chain;
    for (const char *name : { "presets", "savePreset", "deletePreset", "executor", "action" })
        chain << findChild<QWidget *>(QLatin1String(name));
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole); item && item->widget())
            chain << item->widget();
    }
    for (const char *name :
        { "addToBatch", "batchUp", "batchDown", "batchRemove", "batch", "send" })
        chain << findChild<QWidget *>(QLatin1String(name));
    chain.removeAll(nullptr);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

bool ActionComposer::setFieldValue(const QString &field, const QString &text)
{
    QWidget *w = m_editors.value(field);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->setText(text);
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentText(text);
    else if (auto *check = qobject_cast<QCheckBox *>(w))
        check->setChecked(text == u"true"_s);
    else
        return false;
    return true;
}

void ActionComposer::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setStyleSheet(UiColors::errorBorderStyle());
        field->setFocus(Qt::OtherFocusReason);
    }
}

void ActionComposer::clearError()
{
    m_error->clear();
    m_error->hide();
    for (QWidget *w : std::as_const(m_editors))
        w->setStyleSheet(QString());
}

QString ActionComposer::inlineError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::optional<QJsonObject> ActionComposer::currentEntry()
{
    clearError();
    if (m_executor->currentText().isEmpty() || m_action->currentText().isEmpty()) {
        showError(tr("Choose an executor and an action."));
        return std::nullopt;
    }
    QJsonObject info;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString name = it.key();
        const QJsonValue def = it.value();
        QWidget *w = m_editors.value(name);
        if (auto *check = qobject_cast<QCheckBox *>(w)) {
            info.insert(name, check->isChecked());
            continue;
        }
        QString text;
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            text = edit->text().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            text = combo->currentText().trimmed();
        if (text.isEmpty()) {
            if (def.isNull()) {
                showError(tr("%1 is required.").arg(name), w);
                return std::nullopt;
            }
            continue; // the catalog default applies
        }
        if (SpSync::ActionCatalog::isUrlField(name) && !SpSync::ActionCatalog::isValidUrl(text)) {
            showError(tr("%1 must be an absolute http or https URL.").arg(name), w);
            return std::nullopt;
        }
        if (def.isDouble()) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (!ok) {
                showError(tr("%1 must be a number.").arg(name), w);
                return std::nullopt;
            }
            info.insert(name, number);
        } else if (def.isObject() || def.isArray()) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
            if (err.error != QJsonParseError::NoError) {
                showError(tr("%1 must be valid JSON: %2").arg(name, err.errorString()), w);
                return std::nullopt;
            }
            info.insert(name, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        } else {
            info.insert(name, text);
        }
    }
    return QJsonObject { { u"actionType"_s,
                             m_executor->currentText() + u'.' + m_action->currentText() },
        { u"additionalInfo"_s, info } };
}

QString ActionComposer::describe(const QJsonObject &entry) const
{
    const QJsonObject info = m_mask.entry(entry).value(u"additionalInfo"_s).toObject();
    const QString type = entry.value(u"actionType"_s).toString();
    return info.isEmpty() ? type : type + u' ' + JsonDiff::compact(info);
}

void ActionComposer::appendBatchItem(const QJsonObject &entry)
{
    auto *item = new QListWidgetItem(describe(entry), m_batch);
    item->setData(Qt::UserRole, entry);
    item->setToolTip(describe(entry));
}

bool ActionComposer::addToBatch()
{
    const auto entry = currentEntry();
    if (!entry)
        return false;
    appendBatchItem(*entry);
    m_batch->setCurrentRow(m_batch->count() - 1);
    return true;
}

QJsonArray ActionComposer::batch() const
{
    QJsonArray out;
    for (int i = 0; i < m_batch->count(); ++i)
        out.append(m_batch->item(i)->data(Qt::UserRole).toJsonObject());
    return out;
}

bool ActionComposer::send()
{
    if (m_target.isEmpty()) {
        showError(tr("Join and select a document first."));
        return false;
    }
    QJsonArray toSend = batch();
    if (toSend.isEmpty()) {
        const auto entry = currentEntry();
        if (!entry)
            return false;
        toSend.append(*entry);
    }
    clearError();
    m_batch->clear();
    // The owner tells what became of them (setDeliveryMessage); nothing is "sent" yet.
    m_status->setText(tr("Sending %n action(s)…", nullptr, int(toSend.size())));
    Q_EMIT sendRequested(m_target, toSend);
    return true;
}

void ActionComposer::setDeliveryMessage(const QString &message) { m_status->setText(message); }

QString ActionComposer::statusText() const { return m_status->text(); }

QStringList ActionComposer::presetNames() const
{
    QStringList names;
    for (int i = 1; i < m_presets->count(); ++i)
        names << m_presets->itemText(i);
    return names;
}

void ActionComposer::refreshPresets()
{
    QSettings *s = store();
    s->beginGroup(kPresetGroup);
    QStringList names;
    const QStringList keys = s->childKeys();
    for (const QString &key : keys)
        names << QUrl::fromPercentEncoding(key.toLatin1());
    s->endGroup();
    const QSignalBlocker block(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("(none)"));
    m_presets->addItems(names);
}

bool ActionComposer::savePreset(const QString &name)
{
    QJsonArray entries = batch();
    if (entries.isEmpty()) {
        const auto entry = currentEntry();
        if (!entry)
            return false;
        entries.append(*entry);
    }
    // Secret values are never written to the settings file: the preset keeps the field empty.
    QJsonArray stored;
    for (const QJsonValue &v : std::as_const(entries)) {
        QJsonObject entry = v.toObject();
        const QString type = entry.value(u"actionType"_s).toString();
        const qsizetype dot = type.indexOf(u'.');
        QJsonObject info = entry.value(u"additionalInfo"_s).toObject();
        if (dot > 0) {
            const QStringList secrets = m_mask.secretFields(type.left(dot), type.mid(dot + 1));
            for (const QString &f : secrets)
                info.remove(f);
        }
        entry.insert(u"additionalInfo"_s, info);
        stored.append(entry);
    }
    QSettings *s = store();
    s->beginGroup(kPresetGroup);
    s->setValue(
        presetKey(name), QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    s->endGroup();
    s->sync();
    refreshPresets();
    m_presets->setCurrentText(name);
    return true;
}

bool ActionComposer::loadPreset(const QString &name)
{
    QSettings *s = store();
    s->beginGroup(kPresetGroup);
    const QString json = s->value(presetKey(name)).toString();
    s->endGroup();
    const QJsonArray entries = QJsonDocument::fromJson(json.toUtf8()).array();
    if (entries.isEmpty())
        return false;
    m_batch->clear();
    for (const QJsonValue &v : entries)
        appendBatchItem(v.toObject());
    // Also show the first action in the form, so a single-action preset is ready to edit.
    QString executor, action;
    const QString type = entries.first().toObject().value(u"actionType"_s).toString();
    const qsizetype dot = type.indexOf(u'.');
    if (dot > 0 && selectAction(type.left(dot), type.mid(dot + 1))) {
        const QJsonObject info = entries.first().toObject().value(u"additionalInfo"_s).toObject();
        for (auto it = info.begin(); it != info.end(); ++it)
            setFieldValue(it.key(),
                it.value().isString() ? it.value().toString() : JsonDiff::compact(it.value()));
    }
    return true;
}

void ActionComposer::deletePreset(const QString &name)
{
    QSettings *s = store();
    s->beginGroup(kPresetGroup);
    s->remove(presetKey(name));
    s->endGroup();
    refreshPresets();
}
