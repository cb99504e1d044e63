// zhixie: wiring only — read the command line and configuration, then run one subcommand.
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "core/crypto.hpp"

int main(int argc, char** argv) {
    using namespace zhixie;
    CLI::App app{"Zhixie (智协): the platform a CPPCC committee runs its work on"};
    app.set_version_flag("--version", std::string("zhixie ") + ZHIXIE_VERSION);
    app.require_subcommand(1);

    std::optional<std::string> config_file, database, listen, web_root;
    bool demo = false;
    app.add_option("--config", config_file, "TOML configuration file (env ZHIXIE_CONFIG)");
    app.add_option("--database", database,
                   "sqlite:///abs/path.db or postgresql://user@host:port/db (env ZHIXIE_DATABASE)");

    auto* serve = app.add_subcommand("serve", "Run the HTTP server");
    serve->add_option("--listen", listen, "HOST:PORT (default 127.0.0.1:8080; env ZHIXIE_LISTEN)");
    serve->add_option("--web-root", web_root, "Folder of the built web UI (env ZHIXIE_WEB_ROOT)");
    serve->add_flag("--demo", demo, "Demo mode: initial passwords need not be changed (env ZHIXIE_DEMO=1)");
    app.add_subcommand("migrate", "Apply database migrations");
    app.add_subcommand("seed-demo", "Create the demo committees and logins (idempotent)");
    std::string committee, username, password, display_name, out;
    auto* admin = app.add_subcommand("create-admin", "Create an administrator account in a committee");
    admin->add_option("--committee", committee, "Committee code")->required();
    admin->add_option("--username", username)->required();
    admin->add_option("--password", password, "Initial password (must be changed at first sign-in)")
        ->required();
    admin->add_option("--display-name", display_name);
    auto* backup =
        app.add_subcommand("backup", "Copy a live SQLite database to a file (PostgreSQL: use pg_dump)");
    backup->add_option("--out", out, "Backup file")->required();
    auto* audit = app.add_subcommand("audit", "Audit trail tools");
    audit->require_subcommand(1);
    audit->add_subcommand("verify", "Check the hash chain; report the first altered row")->fallthrough();
    app.add_subcommand("routes", "Print every HTTP route with its permission as JSON");
    std::optional<int64_t> duty_year;
    auto* duty_scores =
        app.add_subcommand("recompute-duty-scores", "Recompute members' duty scores of every committee");
    duty_scores->add_option("--year", duty_year,
                            "Only this year (default: every year with records or rules)");
    std::string job, today;
    auto* jobs = app.add_subcommand("jobs", "Timed jobs (deadline reminders, overdue alerts)");
    jobs->require_subcommand(1);
    auto* run_once = jobs->add_subcommand("run-once", "Run the jobs now, each on one instance at a time");
    run_once->add_option("--job", job, "Only this job");
    run_once->add_option("--today", today, "Run as if today (China time) were this day, YYYY-MM-DD");
    run_once->fallthrough();
    // options given before or after the subcommand both count
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        sub->fallthrough();
    }
    CLI11_PARSE(app, argc, argv);

    try {
        crypto::init();
        Config c = load_config(config_file);
        if (database) c.database = *database;
        if (listen) c.listen = *listen;
        if (web_root) c.web_root = *web_root;
        if (demo) c.demo = true;

        if (serve->parsed()) return cli::serve(c);
        if (app.got_subcommand("migrate")) return cli::migrate(c);
        if (app.got_subcommand("seed-demo")) return cli::seed_demo(c);
        if (admin->parsed()) return cli::create_admin(c, committee, username, password, display_name);
        if (backup->parsed()) return cli::backup(c, out);
        if (audit->parsed()) return cli::audit_verify(c);
        if (app.got_subcommand("routes")) return cli::routes(c);
        if (duty_scores->parsed()) return cli::recompute_duty_scores(c, duty_year);
        if (run_once->parsed()) return cli::jobs_run_once(c, job, today);
    } catch (const std::exception& e) {
        spdlog::error("{}", e.what());
        std::cerr << "zhixie: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
