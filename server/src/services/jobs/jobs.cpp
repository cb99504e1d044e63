#include "services/jobs/jobs.hpp"

#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <random>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "core/clock.hpp"

namespace zhixie::jobs {

namespace {
std::vector<Job>& jobs() {
    static std::vector<Job> all;
    return all;
}
// A lease outlives a normal run by far; a holder that crashed frees it when it expires.
constexpr std::chrono::seconds kLeaseTtl{15 * 60};
}  // namespace

void register_job(Job job) {
    jobs().push_back(std::move(job));
}

const std::vector<Job>& registered() {
    return jobs();
}

const Job* find(const std::string& name) {
    for (const auto& j : jobs())
        if (j.name == name) return &j;
    return nullptr;
}

const std::string& holder_id() {
    static const std::string id = [] {
        char host[256] = {0};
        gethostname(host, sizeof host - 1);
        std::random_device rd;
        return fmt::format("{}:{}:{:08x}", host, static_cast<long>(getpid()), rd());
    }();
    return id;
}

bool take_lease(storage::Db& db, const std::string& job, const std::string& holder, std::chrono::seconds ttl,
                bool force) {
    const auto now = clock::now();
    auto tx = db.write();
    tx.exec(
        "INSERT INTO job_leases (job, holder, expires_at, next_run_at) VALUES (:j, '', :now, :now) ON "
        "CONFLICT (job) DO NOTHING",
        {{"j", job}, {"now", clock::iso(now)}});
    // PostgreSQL re-checks the condition on the locked row, SQLite runs one writer at a time: either way
    // exactly one of two racing instances changes the row.
    int64_t taken = tx.exec(
        "UPDATE job_leases SET holder = :h, expires_at = :exp, last_started_at = :now WHERE job = :j AND "
        "(holder = '' OR holder = :h OR expires_at < :now) AND (:force = 1 OR next_run_at <= :now)",
        {{"h", holder},
         {"exp", clock::iso(now + ttl)},
         {"now", clock::iso(now)},
         {"j", job},
         {"force", int64_t{force ? 1 : 0}}});
    tx.commit();
    return taken == 1;
}

void release_lease(storage::Db& db, const std::string& job, const std::string& holder,
                   std::chrono::seconds every, const std::string& result) {
    const auto now = clock::now();
    auto tx = db.write();
    tx.exec(
        "UPDATE job_leases SET holder = '', expires_at = :now, next_run_at = :next, last_finished_at = :now, "
        "last_result = :r WHERE job = :j AND holder = :h",
        {{"now", clock::iso(now)},
         {"next", clock::iso(now + every)},
         {"r", result},
         {"j", job},
         {"h", holder}});
    tx.commit();
}

Outcome run_job(storage::Db& db, const Job& job, bool force) {
    Outcome out{job.name};
    const std::string& me = holder_id();
    if (!take_lease(db, job.name, me, kLeaseTtl, force)) return out;
    out.ran = true;
    try {
        out.done = job.run(db);
    } catch (const std::exception& e) {
        out.error = e.what();
        spdlog::error("job {} failed: {}", job.name, e.what());
    }
    release_lease(db, job.name, me, job.every,
                  out.error.empty() ? fmt::format("ok: {}", out.done) : "error: " + out.error);
    return out;
}

std::vector<Outcome> run_all(storage::Db& db, bool force) {
    std::vector<Outcome> out;
    for (const auto& j : jobs())
        out.push_back(run_job(db, j, force));
    return out;
}

int64_t days_from_today(const std::string& day_or_time) {
    using std::chrono::days;
    const auto cst = std::chrono::hours(8);
    auto day = [&](clock::time_point t) { return std::chrono::floor<days>(t + cst); };
    const bool plain = day_or_time.size() == 10;  // a date is already China's day
    auto target =
        plain ? std::chrono::floor<days>(clock::parse_iso(day_or_time)) : day(clock::parse_iso(day_or_time));
    return (target - day(clock::now())).count();
}

int64_t per_committee(storage::Db& db, const std::function<int64_t(storage::Tx&, int64_t)>& work) {
    std::vector<int64_t> committees;
    {
        auto tx = db.read();
        for (const auto& r : tx.query("SELECT id FROM committees ORDER BY id"))
            committees.push_back(r.i("id"));
    }
    int64_t done = 0;
    for (int64_t c : committees) {
        auto tx = db.write();
        done += work(tx, c);
        tx.commit();
    }
    return done;
}

int tick_seconds() {
    const char* v = std::getenv("ZHIXIE_JOBS_TICK_SECONDS");
    if (!v || !*v) return 60;
    try {
        return std::max(0, std::stoi(v));
    } catch (const std::exception&) {
        throw std::runtime_error(std::string("ZHIXIE_JOBS_TICK_SECONDS must be a number of seconds, got ") +
                                 v);
    }
}

struct Runner::State {
    std::mutex m;
    std::condition_variable cv;
    bool stop = false;
    std::thread thread;
};

Runner::Runner(storage::Db& db, std::chrono::seconds tick) : state_(std::make_unique<State>()) {
    state_->thread = std::thread([&db, tick, s = state_.get()] {
        std::unique_lock lock(s->m);
        while (!s->stop) {
            lock.unlock();
            try {
                for (const auto& o : run_all(db, false))
                    if (o.ran && o.error.empty() && o.done > 0) spdlog::info("job {}: {}", o.job, o.done);
            } catch (const std::exception& e) {
                spdlog::error("jobs: {}", e.what());  // e.g. the database is away; try again next tick
            }
            lock.lock();
            s->cv.wait_for(lock, tick, [s] { return s->stop; });
        }
    });
}

Runner::~Runner() {
    {
        std::lock_guard lock(state_->m);
        state_->stop = true;
    }
    state_->cv.notify_all();
    if (state_->thread.joinable()) state_->thread.join();
}

}  // namespace zhixie::jobs
