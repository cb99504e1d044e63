#include "domains/duty/scoring.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

namespace {

double round2(double v) {
    return std::round(v * 100) / 100;
}

// How many "records' worth" of points a tally earns under the joint-proposal rule: shares for every kind
// (a record's share is 1 unless it is a joint proposal's), except that all_full counts joint proposals
// whole, and lead_full counts the lead member's whole.
double units(const Rules& r, const Tally& t) {
    const bool joint = t.kind == kind::proposal_filed || t.kind == kind::proposal_accepted;
    if (!joint) return t.shares;
    if (r.joint_split == "all_full") return static_cast<double>(t.count);
    if (r.joint_split == "lead_full" && !t.cosigned) return static_cast<double>(t.count);
    return t.shares;
}

struct Builder {
    const Rules& rules;
    Score s;
    std::unordered_map<std::string, double> raw;  // points before caps

    Builder(const Rules& r, int64_t member) : rules(r) { s.member_id = member; }

    void add(const Tally& t) {
        auto& k = s.kinds[t.kind];
        k.count += t.count;
        if (t.kind == kind::meeting_absent) {
            raw[t.kind] -= rules.absence_penalty * static_cast<double>(t.count);
        } else if (const Item* item = rules.item(t.kind)) {
            raw[t.kind] += item->points * units(rules, t);
        }
    }

    Score finish() {
        double sum = rules.base_score;
        for (auto& [kind, k] : s.kinds) {
            double p = raw[kind];
            const Item* item = rules.item(kind);
            if (item && item->cap && p > *item->cap) {
                p = *item->cap;
                k.capped = true;
            }
            k.points = round2(p);
            sum += p;
        }
        s.total = round2(std::clamp(sum, 0.0, rules.full_score));
        s.grade = rules.grade_of(s.total);
        for (const auto& f : rules.five_ones) {
            FiveOneProgress p{f.code, f.name, 0, f.min};
            for (const auto& kind : f.kinds)
                if (auto it = s.kinds.find(kind); it != s.kinds.end()) p.count += it->second.count;
            s.five_ones.push_back(p);
        }
        return std::move(s);
    }
};

}  // namespace

int64_t Score::five_ones_met() const {
    return std::count_if(five_ones.begin(), five_ones.end(), [](const auto& f) { return f.met(); });
}

std::vector<std::string> Score::five_ones_missing() const {
    std::vector<std::string> out;
    for (const auto& f : five_ones)
        if (!f.met()) out.push_back(f.code);
    return out;
}

std::vector<Score> score_all(const Rules& rules, const std::vector<int64_t>& members,
                             const std::vector<Tally>& tallies) {
    std::unordered_map<int64_t, size_t> index;
    std::vector<Builder> builders;
    auto builder = [&](int64_t m) -> Builder& {
        auto [it, fresh] = index.emplace(m, builders.size());
        if (fresh) builders.emplace_back(rules, m);
        return builders[it->second];
    };
    for (int64_t m : members)
        builder(m);
    for (const auto& t : tallies)
        builder(t.member_id).add(t);
    std::vector<Score> out;
    out.reserve(builders.size());
    for (auto& b : builders)
        out.push_back(b.finish());
    std::sort(out.begin(), out.end(), [](const Score& a, const Score& b) {
        return a.total != b.total ? a.total > b.total : a.member_id < b.member_id;
    });
    for (size_t k = 0; k < out.size(); ++k)
        out[k].ranking =
            k > 0 && out[k].total == out[k - 1].total ? out[k - 1].ranking : static_cast<int64_t>(k) + 1;
    return out;
}

Score score_member(const Rules& rules, int64_t member_id, const std::vector<Tally>& tallies) {
    Builder b(rules, member_id);
    for (const auto& t : tallies)
        if (t.member_id == member_id) b.add(t);
    return b.finish();
}

std::vector<Tally> tallies(storage::Tx& tx, int64_t committee_id, int64_t year,
                           std::optional<int64_t> member_id) {
    // duty_tallies holds the confirmed records counted per member, kind and source (kept by triggers)
    storage::Params p{{"c", committee_id}, {"y", year}};
    std::string sql =
        "SELECT member_id, kind, source_type, n, shares FROM duty_tallies WHERE committee_id = :c AND year = "
        ":y";
    if (member_id) {
        sql += " AND member_id = :m";
        p.emplace_back("m", *member_id);
    }
    std::vector<Tally> out;
    for (const auto& r : tx.query(sql, p)) {
        // the running sum of shares (1/2, 1/3 …) may carry float dust from additions and subtractions
        const double shares = std::round(r.d("shares") * 1e6) / 1e6;
        out.push_back(
            {r.i("member_id"), r.s("kind"), r.s("source_type") == "proposal_cosign", r.i("n"), shares});
    }
    return out;
}

nlohmann::json kinds_json(const Score& s) {
    nlohmann::json o = nlohmann::json::object();
    for (const auto& [kind, k] : s.kinds)
        o[kind] = {{"count", k.count}, {"points", k.points}, {"capped", k.capped}};
    return o;
}

nlohmann::json five_ones_json(const Score& s) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& f : s.five_ones)
        a.push_back(
            {{"code", f.code}, {"name", f.name}, {"count", f.count}, {"min", f.min}, {"met", f.met()}});
    return a;
}

int64_t recompute(storage::Tx& tx, int64_t committee_id, int64_t year) {
    const Rules rules = load_rules(tx, committee_id, year).rules;
    auto state = tx.one("SELECT changes FROM duty_score_state WHERE committee_id = :c AND year = :y",
                        {{"c", committee_id}, {"y", year}});
    const int64_t changes = state ? state->i("changes") : 0;
    // the members who served in the year are scored even with no records (they may be 不称职)
    std::vector<int64_t> members;
    for (const auto& r : tx.query(
             "SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id WHERE m.committee_id = :c AND "
             "t.start_date <= :last AND (t.end_date = '' OR t.end_date >= :first) AND (m.status = '在任' OR "
             "m.status_date >= :first)",
             {{"c", committee_id},
              {"first", fmt::format("{}-01-01", year)},
              {"last", fmt::format("{}-12-31", year)}}))
        members.push_back(r.i("id"));
    const auto scores = score_all(rules, members, tallies(tx, committee_id, year));
    const std::string now = clock::now_iso();
    storage::Params key{{"c", committee_id}, {"y", year}};
    tx.exec("DELETE FROM duty_scores WHERE committee_id = :c AND year = :y", key);
    constexpr size_t kBatch = 100;  // rows per INSERT
    for (size_t from = 0; from < scores.size(); from += kBatch) {
        std::string sql =
            "INSERT INTO duty_scores (committee_id, year, member_id, total, grade, ranking, five_ones_met, "
            "five_ones_total, five_ones_missing, points, computed_at) VALUES ";
        storage::Params p = key;
        p.emplace_back("now", now);
        for (size_t k = from; k < std::min(scores.size(), from + kBatch); ++k) {
            const Score& s = scores[k];
            sql += fmt::format("{0}(:c, :y, :m{1}, :t{1}, :g{1}, :r{1}, :fm{1}, :ft{1}, :fx{1}, :p{1}, :now)",
                               k == from ? "" : ", ", k);
            const auto tag = [k](const char* name) { return fmt::format("{}{}", name, k); };
            p.emplace_back(tag("m"), s.member_id);
            p.emplace_back(tag("t"), s.total);
            p.emplace_back(tag("g"), s.grade);
            p.emplace_back(tag("r"), s.ranking);
            p.emplace_back(tag("fm"), s.five_ones_met());
            p.emplace_back(tag("ft"), static_cast<int64_t>(s.five_ones.size()));
            p.emplace_back(tag("fx"), nlohmann::json(s.five_ones_missing()).dump());
            p.emplace_back(tag("p"), kinds_json(s).dump());
        }
        tx.exec(sql, p);
    }
    storage::Params st = key;
    st.emplace_back("n", changes);
    st.emplace_back("now", now);
    tx.exec(
        "INSERT INTO duty_score_state (committee_id, year, changes, computed_changes, computed_at) VALUES "
        "(:c, "
        ":y, :n, :n, :now) ON CONFLICT (committee_id, year) DO UPDATE SET computed_changes = :n, computed_at "
        "= :now",
        st);
    return static_cast<int64_t>(scores.size());
}

void ensure_fresh(storage::Db& db, int64_t committee_id, int64_t year) {
    const storage::Params key{{"c", committee_id}, {"y", year}};
    const char* kState =
        "SELECT changes, computed_changes FROM duty_score_state WHERE committee_id = :c AND year = :y";
    auto fresh = [&](storage::Tx& tx) {
        auto st = tx.one(kState, key);
        return st && !st->is_null("computed_changes") && st->i("changes") == st->i("computed_changes");
    };
    {
        auto tx = db.read();
        if (fresh(tx)) return;
    }
    auto tx = db.write();
    if (fresh(tx)) return;  // someone else did it meanwhile
    recompute(tx, committee_id, year);
    tx.commit();
}

nlohmann::json recompute_all(storage::Db& db, std::optional<int64_t> year) {
    const auto started = std::chrono::steady_clock::now();
    const std::clock_t cpu_started =
        std::clock();  // this process's CPU time: what a shared machine cannot blur
    std::set<std::pair<int64_t, int64_t>> pairs;
    {
        auto tx = db.read();
        // per committee the first and last year with records (two index probes each), and the years with
        // rules
        for (const auto& c : tx.query("SELECT id FROM committees ORDER BY id")) {
            auto span =
                tx.one("SELECT MIN(year) AS lo, MAX(year) AS hi FROM duty_records WHERE committee_id = :c",
                       {{"c", c.i("id")}});
            if (!span || span->is_null("lo")) continue;
            for (int64_t y = span->i("lo"); y <= span->i("hi"); ++y)
                pairs.insert({c.i("id"), y});
        }
        for (const auto& r : tx.query("SELECT committee_id, year FROM duty_rules"))
            pairs.insert({r.i("committee_id"), r.i("year")});
    }
    // committed every 20 committee-years: one commit per committee-year spends its time waiting for the disk,
    // one for everything would hold the write lock for the whole run
    constexpr int64_t kPerCommit = 20;
    int64_t members = 0, done = 0;
    std::optional<storage::Tx> tx;
    for (const auto& [committee, y] : pairs) {
        if (year && y != *year) continue;
        if (!tx) tx.emplace(db.write());
        members += recompute(*tx, committee, y);
        if (++done % kPerCommit == 0) {
            tx->commit();
            tx.reset();
        }
    }
    if (tx) tx->commit();
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count();
    const auto cpu_ms = static_cast<int64_t>((std::clock() - cpu_started) * 1000.0 / CLOCKS_PER_SEC);
    return {
        {"committee_years", done}, {"members", members}, {"milliseconds", ms}, {"cpu_milliseconds", cpu_ms}};
}

}  // namespace zhixie::duty
