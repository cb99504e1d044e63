#pragma once
// Timed jobs (定时任务): deadline reminders, overdue alerts and other work nobody clicks a button for.
// Domains register their jobs at start-up; `serve` runs them periodically on a background thread and `zhixie
// jobs run-once` runs them on demand (tests, cron). A job runs on one instance at a time: before running, an
// instance takes the job's lease (a row of job_leases with holder and expiry) in a write transaction, so
// several servers sharing one database never run the same job twice at once. Jobs themselves are idempotent
// (notifications carry dedup keys), so a job that runs again after a crash repeats nothing.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace zhixie::jobs {

struct Job {
    std::string name;
    std::string description;
    std::chrono::seconds every{3600};  // how often the runner starts it
    // Does the work (in its own transactions); returns how many things it did (e.g. notifications sent).
    std::function<int64_t(storage::Db&)> run;
};

void register_job(Job job);
const std::vector<Job>& registered();
const Job* find(const std::string& name);

// This process's lease holder name: host:pid:random.
const std::string& holder_id();

// Takes the job's lease for `ttl` if it is free (or expired, or already this holder's). Unless `force`, only
// when the job is due (its next_run_at has come). True when taken.
bool take_lease(storage::Db& db, const std::string& job, const std::string& holder, std::chrono::seconds ttl,
                bool force);
// Frees the lease and schedules the next run `every` from now, recording the result.
void release_lease(storage::Db& db, const std::string& job, const std::string& holder,
                   std::chrono::seconds every, const std::string& result);

struct Outcome {
    std::string job;
    bool ran = false;  // false: another instance holds the lease (or, periodic, it is not due)
    int64_t done = 0;
    std::string error;  // the exception's message when the job failed
};
// Runs one job under its lease (force: even when not due).
Outcome run_job(storage::Db& db, const Job& job, bool force);
// Runs every registered job that is due (force: all of them now).
std::vector<Outcome> run_all(storage::Db& db, bool force);

// Whole days from today (China time) to a day: a YYYY-MM-DD date, or the China-time day of an ISO time
// ("2026-05-03T17:00:00Z" is 2026-05-04). Negative when the day has passed.
int64_t days_from_today(const std::string& day_or_time);

// Runs `work` for each committee in a write transaction of its own (one committee's failure rolls back only
// its own part); returns the sum of what it returned.
int64_t per_committee(storage::Db& db,
                      const std::function<int64_t(storage::Tx&, int64_t committee_id)>& work);

// How often `serve` looks for jobs that are due: ZHIXIE_JOBS_TICK_SECONDS (default 60; 0 turns the runner
// off, e.g. where cron runs `zhixie jobs run-once` instead).
int tick_seconds();

// The background runner of `serve`: every `tick` it runs the jobs that are due; stops when destroyed.
class Runner {
  public:
    Runner(storage::Db& db, std::chrono::seconds tick);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

  private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace zhixie::jobs
