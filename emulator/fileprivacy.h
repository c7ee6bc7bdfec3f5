// The emulator's files hold every document, grant and the token secret: owner-only, whatever
// the umask.
#pragma once

#include <QString>

namespace SpEmu::FilePrivacy {

// Creates dir (and parents) if needed. A dir we create, or one that already holds our
// database and is ours, is set to 0700; any other existing dir open to others gets a warning.
bool makePrivateDir(const QString &dir, QString *error);
// Creates an empty file with mode 0600 if it does not exist; an existing one is set to 0600.
bool makePrivateFile(const QString &path, QString *error);
// chmod 0600; false if that failed.
bool restrictToOwner(const QString &path);
// True when group or others may read the file.
bool readableByOthers(const QString &path);

} // namespace SpEmu::FilePrivacy
