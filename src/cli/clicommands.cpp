// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clisupport.h"
#include "sharingcommands.h"
#include "spacecommands.h"
#include "synccommands.h"
#include "vaultcommands.h"

#include <QCommandLineParser>

#include <optional>

namespace cc::cli {

namespace {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const Io &, const Args &);
    bool needsServer = false;
    bool needsCode = false;
    /** Further options, "name=VALUE" for required ones, "name?=VALUE" for optional ones, "name" for a switch. */
    QList<const char *> options = {};
};

/** What each further option of @p command means (for --help). */
QString optionHelp(const QString &name, const QString &command)
{
    if (name == QLatin1String("space") && command == QLatin1String("move"))
        return Cli::tr("The own sharing space to move into, by its name ('Private' for the private space).");
    if (name == QLatin1String("space"))
        return Cli::tr("The sharing space, by its name.");
    if (name == QLatin1String("name") && command == QLatin1String("space-create"))
        return Cli::tr("The new space's name (1 to 60 characters, not used by another own space).");
    if (name == QLatin1String("record"))
        return Cli::tr("The record's id (as 'list' prints it).");
    if (name == QLatin1String("kind"))
        return Cli::tr("The kind of record: goal, activity, check_in, progress or comment.");
    if (name == QLatin1String("role"))
        return Cli::tr("The role offered: editor, contributor or viewer.");
    if (name == QLatin1String("days"))
        return Cli::tr("Days until the invitation ends (1 to 7; default 7).");
    if (name == QLatin1String("name"))
        return Cli::tr("Your name as the other person will see it.");
    if (name == QLatin1String("records") && command == QLatin1String("demo"))
        return Cli::tr("Grow the story with years of history to about N records (per patient with --care-team).");
    if (name == QLatin1String("care-team"))
        return Cli::tr("Make a care team's vault: a GP whose patients shared their stories with him.");
    if (name == QLatin1String("patients"))
        return Cli::tr("How many patients the care team's vault holds (default 3).");
    if (name == QLatin1String("care-role"))
        return Cli::tr("Who you are for the owner, e.g. gp, caregiver or home_nurse.");
    if (name == QLatin1String("member"))
        return Cli::tr("The member's account id (as 'members' lists it).");
    return {};
}

const Command commands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "Create a vault; prints the recovery key once. Reads the new passphrase."),
        cmdInit},
    {"demo", QT_TRANSLATE_NOOP("Cli", "Create a vault holding the demo story."), cmdDemo, false, false,
        {"records?=N", "care-team", "patients?=P"}},
    {"stats", QT_TRANSLATE_NOOP("Cli", "Unlock and print one line per record kind: 'kind: count'."), cmdStats},
    {"verify", QT_TRANSLATE_NOOP("Cli", "Unlock and check every record; list each damaged one."), cmdVerify},
    {"passwd", QT_TRANSLATE_NOOP("Cli", "Change the passphrase (current, then new, on standard input)."), cmdPasswd},
    {"connect",
        QT_TRANSLATE_NOOP("Cli",
            "Register the account and this device on a server (--server URL), then sync. "
            "Reads the passphrase."),
        cmdConnect, true},
    {"sync", QT_TRANSLATE_NOOP("Cli", "Push and pull until done; prints 'pushed: N' and 'pulled: M'."), cmdSync},
    {"link-offer",
        QT_TRANSLATE_NOOP("Cli", "Print a one-time code for a new device, wait up to 5 minutes for it and link it."),
        cmdLinkOffer},
    {"link-accept",
        QT_TRANSLATE_NOOP("Cli",
            "Create a new vault linked to the account that shows --code CODE on --server URL. "
            "Reads a new passphrase."),
        cmdLinkAccept, true, true},
    {"restore",
        QT_TRANSLATE_NOOP("Cli",
            "Restore the account from --server URL into a new vault. Reads the recovery key, "
            "then a new passphrase."),
        cmdRestore, true},
    {"invite",
        QT_TRANSLATE_NOOP("Cli",
            "Invite someone into the own sharing space --space NAME (made if missing) as --role ROLE; prints the "
            "code, waits for them, shows the safety number and asks whether it matches. Reads the passphrase, "
            "then the answer."),
        cmdInvite, false, false, {"space=NAME", "role=ROLE", "days?=N"}},
    {"accept",
        QT_TRANSLATE_NOOP("Cli",
            "Accept an invitation (--code CODE): prints the owner, space, role and safety number. Reads the "
            "passphrase."),
        cmdAccept, false, true, {"name?=NAME", "care-role?=ROLE"}},
    {"verify-member",
        QT_TRANSLATE_NOOP("Cli",
            "After comparing the safety number (printed again): mark the owner of --space NAME, or --member ID, as "
            "verified on this vault."),
        cmdVerifyMember, false, false, {"space=NAME", "member?=ID"}},
    {"members",
        QT_TRANSLATE_NOOP("Cli", "List the members of --space NAME: account id, role, end date, verified or not."),
        cmdMembers, false, false, {"space=NAME"}},
    {"revoke",
        QT_TRANSLATE_NOOP("Cli", "Remove --member ID from the own space --space NAME; the space gets a new key."),
        cmdRevoke, false, false, {"space=NAME", "member=ID"}},
    {"access-log",
        QT_TRANSLATE_NOOP("Cli", "Print who fetched the own space --space NAME: time, account, device, count."),
        cmdAccessLog, false, false, {"space=NAME"}},
    {"spaces",
        QT_TRANSLATE_NOOP("Cli",
            "List the sharing spaces, one per line: id, member count, your role, name (tab-separated). Syncs "
            "first when connected."),
        cmdSpaces},
    {"space-create",
        QT_TRANSLATE_NOOP("Cli", "Create an own sharing space --name NAME; prints its id. Syncs when connected."),
        cmdSpaceCreate, false, false, {"name=NAME"}},
    {"move",
        QT_TRANSLATE_NOOP("Cli",
            "Move --record ID (with its progress and comments) into the own space --space NAME, as 'Who can see "
            "this?' does. Syncs when connected."),
        cmdMove, false, false, {"record=ID", "space=NAME"}},
    {"list",
        QT_TRANSLATE_NOOP(
            "Cli", "List the records of --kind KIND, one per line: id, date, space, short label (tab-separated)."),
        cmdList, false, false, {"kind=KIND"}},
};

QString usage()
{
    QString text = Cli::tr("Usage: carecircle-cli COMMAND --vault DIR\n\n"
                           "Passphrases and recovery keys are read from standard input (one per line), never from\n"
                           "arguments or the environment.\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -12).arg(Cli::tr(c.summary));
    text += Cli::tr("\nExit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found.\n"
                    "'carecircle-cli COMMAND --help' describes one command.");
    return text;
}

/** A command's further option, from its spec ("name=VALUE", "name?=VALUE"). */
struct Extra {
    QString name;
    QString value;
    bool required;
};

QList<Extra> extrasOf(const Command &command)
{
    QList<Extra> extras;
    for (const char *spec : command.options) {
        const QString text = QString::fromLatin1(spec);
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq < 0) { // a switch
            extras.append({text, {}, false});
            continue;
        }
        QString optionName = text.left(eq);
        const bool required = !optionName.endsWith(QLatin1Char('?'));
        if (!required)
            optionName.chop(1);
        extras.append({optionName, text.mid(eq + 1), required});
    }
    return extras;
}

/** The options of one command, added to its parser. */
struct Options {
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")};
    QCommandLineOption vault {QStringLiteral("vault"), Cli::tr("The vault folder."), QStringLiteral("DIR")};
    QCommandLineOption server {QStringLiteral("server"),
        Cli::tr("The server's address, e.g. https://care.example.org."), QStringLiteral("URL")};
    QCommandLineOption code;
    QList<Extra> extras;
    QList<QCommandLineOption> extraOptions;

    Options(const QString &name, const Command &command)
        : code(QStringLiteral("code"),
            name == QLatin1String("accept") ? Cli::tr("The invitation code you were given.")
                                            : Cli::tr("The link code shown on the other device."),
            QStringLiteral("CODE")),
          extras(extrasOf(command))
    {
        for (const Extra &e : std::as_const(extras))
            extraOptions.append(QCommandLineOption(e.name, optionHelp(e.name, name), e.value));
    }

    void addTo(QCommandLineParser &parser, const Command &command) const
    {
        parser.addOption(help);
        parser.addOption(vault);
        if (command.needsServer)
            parser.addOption(server);
        if (command.needsCode)
            parser.addOption(code);
        for (const QCommandLineOption &option : extraOptions)
            parser.addOption(option);
    }
};

void printHelp(const Io &io, const QString &name, const Command &command, const Options &options)
{
    QString synopsis = Cli::tr("Usage: carecircle-cli %1 --vault DIR").arg(name);
    if (command.needsServer)
        synopsis += QStringLiteral(" --server URL");
    if (command.needsCode)
        synopsis += QStringLiteral(" --code CODE");
    for (const Extra &e : options.extras)
        synopsis += e.required  ? QStringLiteral(" --%1 %2").arg(e.name, e.value)
            : e.value.isEmpty() ? QStringLiteral(" [--%1]").arg(e.name)
                                : QStringLiteral(" [--%1 %2]").arg(e.name, e.value);
    io.say(synopsis);
    io.say(Cli::tr(command.summary));
    for (qsizetype i = 0; i < options.extras.size(); ++i)
        io.say(QStringLiteral("  --%1 %2  %3")
                   .arg(options.extras[i].name, options.extras[i].value, options.extraOptions[i].description()));
    io.say(Cli::tr("Exit status: 0 ok; 1 error; 2 wrong passphrase or recovery key; 3 damaged records found."));
}

/** The command's arguments from the parsed line, or nullopt after saying what is missing. */
std::optional<Args> argsOf(
    const Io &io, const QCommandLineParser &parser, const Command &command, const Options &options)
{
    if (!parser.positionalArguments().isEmpty()) {
        io.warn(Cli::tr("Unexpected argument '%1'. Passphrases are never given as arguments; they are read from "
                        "standard input.")
                    .arg(parser.positionalArguments().first()));
        return std::nullopt;
    }
    if (!parser.isSet(options.vault) || parser.value(options.vault).isEmpty()) {
        io.warn(Cli::tr("Missing --vault DIR."));
        return std::nullopt;
    }
    Args args {parser.value(options.vault), {}, {}, {}};
    for (qsizetype i = 0; i < options.extras.size(); ++i) {
        if (parser.isSet(options.extraOptions[i]))
            args.extra.insert(options.extras[i].name, parser.value(options.extraOptions[i]));
        else if (options.extras[i].required) {
            io.warn(Cli::tr("Missing --%1 %2.").arg(options.extras[i].name, options.extras[i].value));
            return std::nullopt;
        }
    }
    if (command.needsServer) {
        args.server = QUrl(parser.value(options.server));
        if (!parser.isSet(options.server) || !args.server.isValid() || args.server.host().isEmpty()) {
            io.warn(Cli::tr("Missing or invalid --server URL."));
            return std::nullopt;
        }
    }
    if (command.needsCode) {
        args.code = parser.value(options.code);
        if (args.code.isEmpty()) {
            io.warn(Cli::tr("Missing --code CODE."));
            return std::nullopt;
        }
    }
    return args;
}

} // namespace

int run(const QStringList &arguments, std::FILE *in, std::FILE *out, std::FILE *err)
{
    const Io io {in, out, err};
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        io.say(usage());
        return arguments.isEmpty() ? ExitError : ExitOk;
    }
    const QString name = arguments.first();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            command = &c;
    }
    if (!command) {
        io.warn(Cli::tr("Unknown command '%1'.").arg(name));
        io.warn(usage());
        return ExitError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(command->summary));
    const Options options(name, *command);
    options.addTo(parser, *command);
    if (!parser.parse(QStringList {QStringLiteral("carecircle-cli ") + name} + arguments.mid(1))) {
        io.warn(parser.errorText());
        return ExitError;
    }
    if (parser.isSet(options.help)) {
        printHelp(io, name, *command, options);
        return ExitOk;
    }
    const std::optional<Args> args = argsOf(io, parser, *command, options);
    return args ? command->run(io, *args) : ExitError;
}

} // namespace cc::cli
