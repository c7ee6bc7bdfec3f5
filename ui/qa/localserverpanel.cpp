#include "localserverpanel.h"

#include "consolecontroller.h"
#include "emulatorserver.h"
#include "simulationhost.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}
} // namespace

LocalServerPanel::LocalServerPanel(
    SpEmu::EmulatorServer *server, ConsoleController *console, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_console(console)
    , m_document(new QComboBox(this))
    , m_showToken(new QCheckBox(tr("Show token"), this))
    , m_command(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"localServerPanel"_s);
    m_document->setObjectName(u"serverDocument"_s);
    m_document->setAccessibleName(tr("Document"));
    m_showToken->setObjectName(u"showToken"_s);
    m_command->setObjectName(u"spsyncCommand"_s);
    m_command->setReadOnly(true);
    m_command->setMaximumBlockCount(20);
    m_command->setAccessibleName(tr("spsync command line"));
    auto *copy = new QPushButton(tr("&Copy command"), this);
    copy->setObjectName(u"copyCommand"_s);
    auto *mint = new QPushButton(tr("&New token"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Twilsock:"), selectable(server->twilsockUrl().toString(), this));
    form->addRow(tr("CDS:"), selectable(server->cdsUrl().toString(), this));
    form->addRow(tr("SP API:"), selectable(server->spApiUrl().toString(), this));
    form->addRow(tr("Document:"), m_document);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showToken);
    buttons->addStretch(1);
    buttons->addWidget(mint);
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_command, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_document, &QComboBox::currentTextChanged, this, &LocalServerPanel::refreshCommand);
    connect(m_showToken, &QCheckBox::toggled, this, &LocalServerPanel::refreshCommand);
    connect(copy, &QPushButton::clicked, this, &LocalServerPanel::copyCommand);
    connect(mint, &QPushButton::clicked, this, &LocalServerPanel::mintToken);
    DocumentListModel *docs = console->documents();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(docs, signal, this, &LocalServerPanel::refreshDocuments);
    refreshDocuments();
}

void LocalServerPanel::refreshDocuments()
{
    const QString current = m_document->currentText();
    const QSignalBlocker block(m_document);
    m_document->clear();
    m_document->addItems(m_console->documents()->documents());
    const int keep = m_document->findText(current);
    m_document->setCurrentIndex(keep >= 0 ? keep : 0);
    refreshCommand();
}

void LocalServerPanel::selectDocument(const QString &documentId)
{
    m_document->setCurrentText(documentId);
}

void LocalServerPanel::setTokenShown(bool shown) { m_showToken->setChecked(shown); }

void LocalServerPanel::mintToken()
{
    DocumentListModel *docs = m_console->documents();
    const QString id = m_document->currentText();
    const int row = docs->rowOf(id);
    if (row < 0)
        return;
    // The console's own identity on this document: the emulator already granted it.
    const QString identity = docs->index(row, 0).data(DocumentListModel::IdentityRole).toString();
    SpEmu::EmulatorServer *server = m_server;
    m_token = runOn(server, [server, identity] { return server->mintToken(identity); });
    m_tokenDocument = id;
    m_status->setText(tr("New token for %1, valid one hour.").arg(identity));
    refreshCommand();
}

QString LocalServerPanel::command(bool withToken) const
{
    DocumentListModel *docs = m_console->documents();
    const QString id = m_document->currentText();
    const int row = docs->rowOf(id);
    if (row < 0)
        return {};
    const QString identity = docs->index(row, 0).data(DocumentListModel::IdentityRole).toString();
    const QString token = withToken ? m_token : u"<token>"_s;
    return u"spsync --server %1 --twilio-token %2 --document %3 --identity %4 watch"_s.arg(
        m_server->cdsUrl().toString(), token, id, identity);
}

void LocalServerPanel::refreshCommand()
{
    if (m_tokenDocument != m_document->currentText())
        m_token.clear();
    if (m_token.isEmpty() && m_document->count() > 0 && m_showToken->isChecked()) {
        mintToken();
        return;
    }
    m_command->setPlainText(command(m_showToken->isChecked() && !m_token.isEmpty()));
}

void LocalServerPanel::copyCommand()
{
    if (m_token.isEmpty() || m_tokenDocument != m_document->currentText())
        mintToken();
    if (m_token.isEmpty())
        return;
    QApplication::clipboard()->setText(command(true));
    m_status->setText(tr("Copied, with a fresh token. Paste it into a terminal."));
}
