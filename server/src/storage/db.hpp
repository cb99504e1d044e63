#pragma once
// The one database interface every repository uses: SQLite (embedded default) and PostgreSQL through SOCI.
// SQL is written once with :name placeholders, which both backends accept. Every write runs in a
// transaction from Db::write() (SQLite: BEGIN IMMEDIATE, so concurrent writers queue instead of failing);
// reads use Db::read(). A Tx rolls back unless commit() was called.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace soci {
class session;
class connection_pool;
}  // namespace soci

namespace zhixie::storage {

enum class Dialect { sqlite, postgres };

using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Params = std::vector<std::pair<std::string, Value>>;

// A result row. Accessors convert leniently (SQLite may report numbers as text for expressions).
class Row {
  public:
    Row(std::shared_ptr<const std::vector<std::string>> names, std::vector<Value> values)
        : names_(std::move(names)), values_(std::move(values)) {}
    bool is_null(std::string_view col) const;
    int64_t i(std::string_view col) const;  // NULL → 0
    std::optional<int64_t> opt_i(std::string_view col) const;
    double d(std::string_view col) const;       // NULL → 0
    std::string s(std::string_view col) const;  // NULL → ""
    std::optional<std::string> opt_s(std::string_view col) const;
    const Value& at(std::string_view col) const;
    // All columns as a JSON object (NULL → null).
    nlohmann::json json() const;
    const std::vector<std::string>& names() const { return *names_; }

  private:
    std::shared_ptr<const std::vector<std::string>> names_;
    std::vector<Value> values_;
};
using Rows = std::vector<Row>;

// Unique-constraint violations become this, so use cases can turn them into 409 duplicate errors.
// `column` is the last column of the violated key as the database names it ("" when it cannot be read off).
struct UniqueViolation : std::runtime_error {
    explicit UniqueViolation(const std::string& what);
    std::string column;
};

class Tx {
  public:
    Tx(Tx&&) noexcept;
    Tx& operator=(Tx&&) = delete;
    ~Tx();

    Rows query(std::string_view sql, const Params& params = {});
    std::optional<Row> one(std::string_view sql, const Params& params = {});
    // Runs a statement; returns the number of rows it changed.
    int64_t exec(std::string_view sql, const Params& params = {});
    // Runs an INSERT … RETURNING id and gives the id.
    int64_t insert(std::string_view sql, const Params& params = {});
    void commit();
    Dialect dialect() const { return dialect_; }

  private:
    friend class Db;
    Tx(std::unique_ptr<soci::session> s, Dialect d, bool write);
    std::unique_ptr<soci::session> session_;
    Dialect dialect_;
    bool done_ = false;
};

class Db {
  public:
    // url: sqlite:///absolute/path.db or postgresql://user[:password]@host:port/dbname
    static std::unique_ptr<Db> open(const std::string& url, int pool_size);
    ~Db();

    Tx write();
    Tx read();
    Dialect dialect() const { return dialect_; }
    const std::string& url() const { return url_; }
    // SQLite only: copies the live database to `path` with the online backup API.
    void backup_sqlite(const std::string& path);
    // For SQLite, the file path; empty for PostgreSQL.
    const std::string& sqlite_path() const { return sqlite_path_; }

  private:
    Db() = default;
    Tx begin(bool write);
    std::unique_ptr<soci::connection_pool> pool_;
    int pool_size_ = 0;
    Dialect dialect_ = Dialect::sqlite;
    std::string url_;
    std::string sqlite_path_;
};

// Turns the public URL into a SOCI connection string; throws std::invalid_argument on a bad URL.
std::pair<Dialect, std::string> parse_database_url(const std::string& url);

}  // namespace zhixie::storage
