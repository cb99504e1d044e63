#include "cli/commands.hpp"

#include <iostream>
#include <thread>

#include <spdlog/spdlog.h>

#include "app/app.hpp"
#include "audit/audit_log.hpp"
#include "demo/seed_demo.hpp"
#include "domains/duty/scoring.hpp"
#include "domains/users/users.hpp"
#include "core/clock.hpp"
#include "core/dates.hpp"
#include "http/server.hpp"
#include "services/jobs/jobs.hpp"
#include "storage/migrator.hpp"

namespace zhixie::cli {

namespace {

std::unique_ptr<storage::Db> open_db(const Config& c, int pool = 8) {
    return storage::Db::open(c.database, pool);
}

std::pair<std::string, unsigned short> split_listen(const std::string& listen) {
    auto colon = listen.rfind(':');
    if (colon == std::string::npos) throw std::runtime_error("--listen must be HOST:PORT, got " + listen);
    return {listen.substr(0, colon), static_cast<unsigned short>(std::stoi(listen.substr(colon + 1)))};
}

}  // namespace

int serve(const Config& c) {
    App app{c, open_db(c, c.db_pool), auth_settings(c)};
    storage::migrate(*app.db);
    auto router = make_router(app);
    auto [host, port] = split_listen(c.listen);
    int cores = static_cast<int>(std::thread::hardware_concurrency());
    http::ServerOptions opt{host,
                            port,
                            c.threads > 0 ? c.threads : std::max(1, cores),
                            c.db_pool,
                            c.max_body_bytes,
                            c.idle_timeout_seconds,
                            c.trust_proxy};
    spdlog::info("zhixie {} on {} ({}){}", ZHIXIE_VERSION, c.database.substr(0, c.database.find(':')),
                 c.web_root.empty() ? "API only" : "web root " + c.web_root, c.demo ? ", demo mode" : "");
    std::optional<jobs::Runner> runner;
    if (auto tick = jobs::tick_seconds(); tick > 0) runner.emplace(*app.db, std::chrono::seconds(tick));
    http::serve(*router, opt);
    return 0;
}

int migrate(const Config& c) {
    auto db = open_db(c);
    auto applied = storage::migrate(*db);
    std::cout << (applied.empty() ? "database is up to date"
                                  : "applied " + std::to_string(applied.size()) + " migration(s)")
              << "\n";
    return 0;
}

int seed_demo(const Config& c) {
    auto db = open_db(c);
    storage::migrate(*db);
    for (const auto& l : demo::seed_demo(*db))
        std::cout << "login: " << l.committee_code << " " << l.username << " " << l.password << " " << l.role
                  << "\n";
    return 0;
}

int create_admin(const Config& c, const std::string& committee, const std::string& username,
                 const std::string& password, const std::string& display_name) {
    auto db = open_db(c);
    storage::migrate(*db);
    auto tx = db->write();
    auto row = tx.one("SELECT id FROM committees WHERE code = :c", {{"c", committee}});
    if (!row) {
        std::cerr << "no committee with code " << committee << "\n";
        return 2;
    }
    users::create_user(tx, audit::system_actor(row->i("id")),
                       {row->i("id"),
                        username,
                        display_name.empty() ? username : display_name,
                        password,
                        {"platform_admin", "office_admin"},
                        true});
    tx.commit();
    std::cout << "created administrator " << username << " in " << committee
              << " (the password must be changed at first sign-in)\n";
    return 0;
}

int backup(const Config& c, const std::string& out) {
    auto db = open_db(c);
    if (db->dialect() != storage::Dialect::sqlite) {
        std::cerr << "For PostgreSQL use pg_dump: pg_dump --format=custom --file=zhixie.dump DBNAME\n";
        return 2;
    }
    db->backup_sqlite(out);
    std::cout << "backup written to " << out << "\n";
    return 0;
}

int audit_verify(const Config& c) {
    auto db = open_db(c);
    auto r = audit::verify(*db);
    if (r.ok) {
        std::cout << "audit chain intact: " << r.rows << " rows verified\n";
        return 0;
    }
    std::cout << "AUDIT CHAIN BROKEN at row " << *r.first_bad_id << ": " << r.problem << " (" << r.rows
              << " rows before it are intact)\n";
    return 1;
}

int routes(const Config& c) {
    App app{c, nullptr, auth_settings(c)};
    auto router = make_router(app);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : router->specs())
        out.push_back(
            {{"method", s.method}, {"path", s.path}, {"permission", s.permission}, {"resource", s.resource}});
    std::cout << out.dump(2) << "\n";
    return 0;
}

int recompute_duty_scores(const Config& c, std::optional<int64_t> year) {
    auto db = open_db(c);
    storage::migrate(*db);
    std::cout << duty::recompute_all(*db, year).dump() << "\n";
    return 0;
}

int jobs_run_once(const Config& c, const std::string& job, const std::string& today) {
    if (!today.empty()) {
        if (!dates::is_iso_date(today)) {
            std::cerr << "--today must be a date YYYY-MM-DD, got " << today << "\n";
            return 2;
        }
        // 09:00 China time on that day
        clock::set_offset_for_tests(std::chrono::duration_cast<std::chrono::seconds>(
            clock::parse_iso(today + "T01:00:00Z") - std::chrono::system_clock::now()));
    }
    std::vector<const jobs::Job*> todo;
    for (const auto& j : jobs::registered())
        if (job.empty() || j.name == job) todo.push_back(&j);
    if (todo.empty()) {
        std::cerr << "no job named " << job << "; the jobs are:";
        for (const auto& j : jobs::registered())
            std::cerr << " " << j.name;
        std::cerr << "\n";
        return 2;
    }
    auto db = open_db(c, 2);
    storage::migrate(*db);
    int status = 0;
    for (const auto* j : todo) {
        auto o = jobs::run_job(*db, *j, true);
        if (!o.ran)
            std::cout << j->name << ": skipped (another instance is running it)\n";
        else if (!o.error.empty()) {
            std::cout << j->name << ": failed: " << o.error << "\n";
            status = 1;
        } else
            std::cout << j->name << ": " << o.done << "\n";
    }
    return status;
}

}  // namespace zhixie::cli
