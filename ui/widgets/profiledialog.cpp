#include "profiledialog.h"

#include "profilestore.h"
#include "region.h"
#include "uicolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfileDialog::ProfileDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_baseUri(new QLineEdit(this))
    , m_tokenPath(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_tokenNote(new QLabel(this))
    , m_rejoin(new QCheckBox(tr("Rejoin this profile's documents when the console starts"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Connection profiles"));
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_name->setObjectName(u"profileName"_s);
    m_baseUri->setObjectName(u"profileBaseUri"_s);
    m_baseUri->setPlaceholderText(u"https://api.dev.smarterproctoring.com/v1"_s);
    m_tokenPath->setObjectName(u"profileTokenPath"_s);
    m_region->setObjectName(u"profileRegion"_s);
    m_region->addItems(SpSync::knownRegions());
    m_region->setToolTip(tr("Twilio region of the Sync service. It picks Twilio's hosts when the "
                            "SP API does not name them."));
    m_token->setObjectName(u"profileToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("unchanged"));
    m_tokenNote->setObjectName(u"tokenNote"_s);
    m_tokenNote->setWordWrap(true);
    m_rejoin->setObjectName(u"rejoinAtStart"_s);
    m_rejoin->setChecked(true);
    // Say only what is known: the keychain is asked, and the note follows its answers.
    connect(store, &ProfileStore::tokenStorageKnown, this, &ProfileDialog::refreshTokenNote);
    connect(store, &ProfileStore::tokenStored, this, [this](const QString &name, bool persistent) {
        setMessage(persistent
                ? tr("The SP token of %1 is saved in the system keychain.").arg(name)
                : tr("No keychain took the SP token of %1: it is kept for this session only, "
                     "and asked for again at the next start.")
                      .arg(name),
            !persistent);
        refreshTokenNote();
    });
    refreshTokenNote();
    store->probeKeychain();
    m_message->setObjectName(u"profileMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URI:"), m_baseUri);
    form->addRow(tr("Token &path:"), m_tokenPath);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("SP &token:"), m_token);
    form->addRow(m_tokenNote);
    form->addRow(m_rejoin);
    form->addRow(m_message);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(u"saveProfile"_s);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    auto *connectButton = new QPushButton(tr("&Connect"), this);
    connectButton->setToolTip(tr("Open a console window on this profile"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { newButton, save, remove, importButton, exportButton })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(connectButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
        m_name->clear();
        m_baseUri->clear();
        m_tokenPath->setText(ConsoleProfile().tokenPath);
        m_region->setCurrentText(ConsoleProfile().region);
        m_token->clear();
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &ProfileDialog::saveCurrent);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_store->removeProfile(item->text());
        reload();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import profiles"), QString(), tr("JSON (*.json)"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return;
        QString error;
        const int n = m_store->importJson(file.readAll(), &error);
        if (n < 0)
            setMessage(error, true);
        else
            setMessage(tr("Imported %n profile(s).", nullptr, n), false);
        reload();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export profiles"), u"profiles.json"_s, tr("JSON (*.json)"));
        QFile file(path);
        if (path.isEmpty())
            return;
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(m_store->exportJson()) > 0)
            setMessage(tr("Exported without tokens."), false);
        else
            setMessage(tr("Could not export: %1").arg(file.errorString()), true);
    });
    connect(connectButton, &QPushButton::clicked, this, [this] {
        if (saveCurrent())
            Q_EMIT connectRequested(m_name->text().trimmed());
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(760, 360);
}

void ProfileDialog::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QList<ConsoleProfile> all = m_store->profiles();
    for (const ConsoleProfile &p : all)
        m_list->addItem(p.name);
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentRow(
        found.isEmpty() ? (m_list->count() ? 0 : -1) : m_list->row(found.first()));
    showProfile();
}

void ProfileDialog::showProfile()
{
    const QListWidgetItem *item = m_list->currentItem();
    const auto p = item ? m_store->profile(item->text()) : std::nullopt;
    m_name->setText(p ? p->name : QString());
    m_baseUri->setText(p ? p->baseUri.toString() : QString());
    m_tokenPath->setText(p ? p->tokenPath : ConsoleProfile().tokenPath);
    m_region->setCurrentText(p ? p->region : ConsoleProfile().region);
    m_rejoin->setChecked(p ? m_store->rejoinAtStart(p->name) : true);
    m_token->clear();
}

void ProfileDialog::refreshTokenNote()
{
    switch (m_store->tokenStorage()) {
    case ProfileStore::TokenStorage::Unknown:
        m_tokenNote->setText(tr("Checking for a system keychain…"));
        break;
    case ProfileStore::TokenStorage::Keychain:
        m_tokenNote->setText(tr("The SP token is kept in the system keychain, never in a file."));
        break;
    case ProfileStore::TokenStorage::Session:
        m_tokenNote->setText(
            tr("No system keychain is available: the SP token is kept in memory for this "
               "session only, never in a file, and asked for again at the next start."));
        break;
    }
}

QString ProfileDialog::tokenNote() const { return m_tokenNote->text(); }

bool ProfileDialog::saveCurrent()
{
    ConsoleProfile p;
    p.name = m_name->text().trimmed();
    p.baseUri = QUrl(m_baseUri->text().trimmed(), QUrl::StrictMode);
    p.tokenPath = m_tokenPath->text().trimmed();
    p.region = m_region->currentText();
    QString error;
    if (!m_store->saveProfile(p, &error)) {
        setMessage(error, true);
        return false;
    }
    m_store->setRejoinAtStart(p.name, m_rejoin->isChecked());
    setMessage(tr("Saved %1.").arg(p.name), false);
    if (!m_token->text().isEmpty())
        m_store->storeToken(p.name, m_token->text()); // tokenStored says where it went
    m_token->clear();
    reload(p.name);
    return true;
}

void ProfileDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? UiColors::errorTextStyle() : QString());
    m_message->setProperty("isError", error);
}

QString ProfileDialog::inlineError() const
{
    return m_message->property("isError").toBool() ? m_message->text() : QString();
}
