#include "storage/db.hpp"

#include <cctype>
#include <stdexcept>

#include <soci/connection-pool.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include "core/text.hpp"

namespace zhixie::storage {

// ---------- Row ----------

namespace {
const Value kNull{};

size_t index_of(const std::vector<std::string>& names, std::string_view col) {
    for (size_t k = 0; k < names.size(); ++k)
        if (names[k] == col) return k;
    throw std::out_of_range("no column " + std::string(col));
}
}  // namespace

const Value& Row::at(std::string_view col) const {
    return values_[index_of(*names_, col)];
}

bool Row::is_null(std::string_view col) const {
    return std::holds_alternative<std::monostate>(at(col));
}

int64_t Row::i(std::string_view col) const {
    return opt_i(col).value_or(0);
}

std::optional<int64_t> Row::opt_i(std::string_view col) const {
    const Value& v = at(col);
    if (auto p = std::get_if<int64_t>(&v)) return *p;
    if (auto p = std::get_if<double>(&v)) return static_cast<int64_t>(*p);
    if (auto p = std::get_if<std::string>(&v)) return p->empty() ? 0 : std::stoll(*p);
    return std::nullopt;
}

double Row::d(std::string_view col) const {
    const Value& v = at(col);
    if (auto p = std::get_if<double>(&v)) return *p;
    if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
    if (auto p = std::get_if<std::string>(&v)) return p->empty() ? 0 : std::stod(*p);
    return 0;
}

std::string Row::s(std::string_view col) const {
    return opt_s(col).value_or("");
}

std::optional<std::string> Row::opt_s(std::string_view col) const {
    const Value& v = at(col);
    if (auto p = std::get_if<std::string>(&v)) return *p;
    if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
    if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
    return std::nullopt;
}

nlohmann::json Row::json() const {
    nlohmann::json o = nlohmann::json::object();
    for (size_t k = 0; k < names_->size(); ++k) {
        const Value& v = values_[k];
        if (auto p = std::get_if<int64_t>(&v))
            o[(*names_)[k]] = *p;
        else if (auto p = std::get_if<double>(&v))
            o[(*names_)[k]] = *p;
        else if (auto p = std::get_if<std::string>(&v))
            o[(*names_)[k]] = *p;
        else
            o[(*names_)[k]] = nullptr;
    }
    return o;
}

// ---------- binding ----------

namespace {

// Holds bound values for the life of one statement: SOCI binds by reference.
struct Binder {
    std::vector<long long> ints;
    std::vector<double> doubles;
    std::vector<std::string> strings;
    std::vector<soci::indicator> inds;
    explicit Binder(const Params& p) {
        ints.reserve(p.size());
        doubles.reserve(p.size());
        strings.reserve(p.size());
        inds.reserve(p.size());
    }
    void bind(soci::statement& st, const Params& params) {
        for (const auto& [name, value] : params) {
            if (auto p = std::get_if<int64_t>(&value)) {
                ints.push_back(*p);
                st.exchange(soci::use(ints.back(), name));
            } else if (auto p = std::get_if<double>(&value)) {
                doubles.push_back(*p);
                st.exchange(soci::use(doubles.back(), name));
            } else if (auto p = std::get_if<std::string>(&value)) {
                strings.push_back(*p);
                st.exchange(soci::use(strings.back(), name));
            } else {
                strings.emplace_back();
                inds.push_back(soci::i_null);
                st.exchange(soci::use(strings.back(), inds.back(), name));
            }
        }
    }
};

// A statement run once: on PostgreSQL one round trip (PQexecParams) instead of prepare, execute and
// DEALLOCATE; the same on SQLite. `row` (when given) receives each result row.
void prepare_once(soci::statement& st, Binder& b, const Params& params, std::string_view sql,
                  soci::row* row) {
    b.bind(st, params);
    st.prepare(std::string(sql), soci::details::st_one_time_query);
    st.define_and_bind();
    if (row) st.exchange_for_rowset(soci::into(*row));
}

Value read_value(const soci::row& r, std::size_t k) {
    if (r.get_indicator(k) == soci::i_null) return Value{};
    switch (r.get_properties(k).get_data_type()) {
        case soci::dt_string:
        case soci::dt_blob:
        case soci::dt_xml:
            return r.get<std::string>(k);
        case soci::dt_double:
            return r.get<double>(k);
        case soci::dt_integer:
            return static_cast<int64_t>(r.get<int>(k));
        case soci::dt_long_long:
            return static_cast<int64_t>(r.get<long long>(k));
        case soci::dt_unsigned_long_long:
            return static_cast<int64_t>(r.get<unsigned long long>(k));
        case soci::dt_date: {
            std::tm tm = r.get<std::tm>(k);
            char buf[32];
            std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
            return std::string(buf);
        }
    }
    return Value{};
}

// SQLite: "UNIQUE constraint failed: users.committee_id, users.username";
// PostgreSQL: "... DETAIL:  Key (committee_id, username)=(1, racer) already exists."
std::string violated_column(std::string_view what) {
    auto word = [](std::string_view s) {
        size_t end = 0;
        while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '_'))
            ++end;
        return std::string(s.substr(0, end));
    };
    if (auto k = what.find("Key ("); k != std::string_view::npos) {
        auto close = what.find(')', k);
        if (close == std::string_view::npos) return "";
        auto inner = what.substr(k + 5, close - k - 5);
        auto comma = inner.rfind(',');
        inner = comma == std::string_view::npos ? inner : inner.substr(comma + 1);
        while (!inner.empty() && inner.front() == ' ')
            inner.remove_prefix(1);
        return word(inner);
    }
    if (auto f = what.find("failed: "); f != std::string_view::npos) {
        auto rest = what.substr(f + 8);
        std::string column;
        for (;;) {  // table.col[, table.col]... and then whatever the driver appended
            auto dot = rest.find('.');
            if (dot == std::string_view::npos) break;
            column = word(rest.substr(dot + 1));
            rest.remove_prefix(dot + 1 + column.size());
            if (rest.substr(0, 2) != ", ") break;
            rest.remove_prefix(2);
        }
        return column;
    }
    return "";
}

[[noreturn]] void rethrow_db_error(const soci::soci_error& e, std::string_view sql) {
    if (auto pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
        if (pg->sqlstate() == "23505") throw UniqueViolation(e.what());
    }
    if (auto lite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
        if (lite->result() == SQLITE_CONSTRAINT &&
            std::string_view(e.what()).find("UNIQUE") != std::string_view::npos)
            throw UniqueViolation(e.what());
    }
    spdlog::error("database error: {} — in: {}", e.what(), sql.substr(0, 300));
    throw;
}

}  // namespace

UniqueViolation::UniqueViolation(const std::string& what)
    : std::runtime_error(what), column(violated_column(what)) {}

// ---------- Tx ----------

Tx::Tx(std::unique_ptr<soci::session> s, Dialect d, bool write) : session_(std::move(s)), dialect_(d) {
    if (dialect_ == Dialect::sqlite)
        *session_ << (write ? "BEGIN IMMEDIATE" : "BEGIN");
    else
        *session_ << (write ? "BEGIN" : "BEGIN READ ONLY");
}

Tx::Tx(Tx&& o) noexcept : session_(std::move(o.session_)), dialect_(o.dialect_), done_(o.done_) {
    o.done_ = true;
}

Tx::~Tx() {
    if (!done_ && session_) {
        try {
            *session_ << "ROLLBACK";
        } catch (const std::exception& e) {
            spdlog::warn("rollback failed: {}", e.what());
        }
    }
}

Rows Tx::query(std::string_view sql, const Params& params) {
    Rows out;
    try {
        Binder b(params);
        soci::statement st(*session_);
        soci::row r;
        prepare_once(st, b, params, sql, &r);
        std::shared_ptr<std::vector<std::string>> names;
        st.execute(false);  // as soci::rowset does: run, then fetch row by row
        while (st.fetch()) {
            if (!names) {
                names = std::make_shared<std::vector<std::string>>();
                for (std::size_t k = 0; k < r.size(); ++k)
                    names->push_back(r.get_properties(k).get_name());
            }
            std::vector<Value> vals;
            vals.reserve(r.size());
            for (std::size_t k = 0; k < r.size(); ++k)
                vals.push_back(read_value(r, k));
            out.emplace_back(names, std::move(vals));
        }
    } catch (const soci::soci_error& e) {
        rethrow_db_error(e, sql);
    }
    return out;
}

std::optional<Row> Tx::one(std::string_view sql, const Params& params) {
    Rows rows = query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

int64_t Tx::exec(std::string_view sql, const Params& params) {
    try {
        Binder b(params);
        soci::statement st(*session_);
        prepare_once(st, b, params, sql, nullptr);
        st.execute(true);
        return st.get_affected_rows();
    } catch (const soci::soci_error& e) {
        rethrow_db_error(e, sql);
    }
}

int64_t Tx::insert(std::string_view sql, const Params& params) {
    auto row = one(sql, params);
    if (!row) throw std::runtime_error("INSERT … RETURNING gave no row");
    return row->i(row->names().front());
}

void Tx::commit() {
    *session_ << "COMMIT";
    done_ = true;
}

// ---------- Db ----------

std::pair<Dialect, std::string> parse_database_url(const std::string& url) {
    const std::string sqlite_prefix = "sqlite://";
    if (url.rfind(sqlite_prefix, 0) == 0) {
        std::string path = url.substr(sqlite_prefix.size());
        if (path.empty() || path[0] != '/')
            throw std::invalid_argument("SQLite URL needs an absolute path: sqlite:///absolute/path.db");
        return {Dialect::sqlite, path};
    }
    for (const std::string prefix : {"postgresql://", "postgres://"}) {
        if (url.rfind(prefix, 0) != 0) continue;
        // postgresql://user[:password]@host[:port]/dbname → libpq keyword form
        std::string rest = url.substr(prefix.size());
        std::string user, password, host = "127.0.0.1", port = "5432", dbname;
        auto at = rest.find('@');
        if (at != std::string::npos) {
            std::string cred = rest.substr(0, at);
            rest = rest.substr(at + 1);
            auto colon = cred.find(':');
            user = cred.substr(0, colon);
            if (colon != std::string::npos) password = cred.substr(colon + 1);
        }
        auto slash = rest.find('/');
        if (slash == std::string::npos) throw std::invalid_argument("PostgreSQL URL needs a database name");
        std::string hostport = rest.substr(0, slash);
        dbname = rest.substr(slash + 1);
        auto q = dbname.find('?');
        if (q != std::string::npos) dbname = dbname.substr(0, q);
        auto colon = hostport.rfind(':');
        if (colon != std::string::npos) {
            host = hostport.substr(0, colon);
            port = hostport.substr(colon + 1);
        } else if (!hostport.empty()) {
            host = hostport;
        }
        std::string cs = "host=" + host + " port=" + port + " dbname=" + dbname;
        if (!user.empty()) cs += " user=" + user;
        if (!password.empty()) cs += " password=" + password;
        return {Dialect::postgres, cs};
    }
    throw std::invalid_argument(
        "unsupported database URL (use sqlite:///path.db or postgresql://user@host:port/db): " + url);
}

std::unique_ptr<Db> Db::open(const std::string& url, int pool_size) {
    auto [dialect, conn] = parse_database_url(url);
    std::unique_ptr<Db> db(new Db());
    db->dialect_ = dialect;
    db->url_ = url;
    db->pool_size_ = pool_size < 1 ? 1 : pool_size;
    db->pool_ = std::make_unique<soci::connection_pool>(db->pool_size_);
    for (int k = 0; k < db->pool_size_; ++k) {
        soci::session& s = db->pool_->at(k);
        if (dialect == Dialect::sqlite) {
            db->sqlite_path_ = conn;
            s.open(*soci::factory_sqlite3(), "db=\"" + conn + "\" timeout=10");
            s << "PRAGMA journal_mode=WAL";
            s << "PRAGMA synchronous=NORMAL";
            s << "PRAGMA foreign_keys=ON";
            s << "PRAGMA busy_timeout=10000";
        } else {
            s.open(*soci::factory_postgresql(), conn);
            s << "SET client_encoding TO 'UTF8'";
            s << "SET TIME ZONE 'UTC'";
            // Every query of the product reads one committee's rows through an index and answers a person
            // waiting for a page; a parallel worker costs more to start (30 ms on a busy 2-core machine,
            // measured on the statistics of one committee-year) than such a query takes in all.
            s << "SET max_parallel_workers_per_gather = 0";
        }
    }
    return db;
}

Db::~Db() = default;

Tx Db::begin(bool write) {
    // A session made from the pool borrows a connection and gives it back when destroyed.
    return Tx(std::make_unique<soci::session>(*pool_), dialect_, write);
}

Tx Db::write() {
    return begin(true);
}
Tx Db::read() {
    return begin(false);
}

void Db::backup_sqlite(const std::string& path) {
    if (dialect_ != Dialect::sqlite) throw std::runtime_error("backup_sqlite: not a SQLite database");
    using namespace sqlite_api;  // SOCI's header wraps sqlite3.h in this namespace
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    if (sqlite3_open_v2(sqlite_path_.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + sqlite_path_);
    if (sqlite3_open(path.c_str(), &dst) != SQLITE_OK) {
        sqlite3_close(src);
        throw std::runtime_error("cannot create " + path);
    }
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    int rc = SQLITE_OK;
    if (b) {
        do {
            rc = sqlite3_backup_step(b, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
    }
    std::string err = sqlite3_errmsg(dst);
    sqlite3_close(dst);
    sqlite3_close(src);
    if (rc != SQLITE_DONE) throw std::runtime_error("backup failed: " + err);
}

}  // namespace zhixie::storage
