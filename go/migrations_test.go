package infrastructure

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The tests run gander (GANDER_BIN) against the real PostgreSQL on DATABASE_URL, using psql
// for set-up and checks. Both are required: a missing one fails, never skips.
func env(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		t.Fatalf("%s is not set: the Go tests need it (.ci/run sets GANDER_BIN and DATABASE_URL)", name)
	}
	return v
}

func psql(t *testing.T, url, sql string) string {
	t.Helper()
	out, err := exec.Command("psql", url, "-XAtqc", sql).CombinedOutput()
	if err != nil {
		t.Fatalf("psql %q: %v: %s", sql, err, out)
	}
	return strings.TrimSpace(string(out))
}

// scratchDB creates a database on DATABASE_URL's server and returns its URL.
func scratchDB(t *testing.T, label string) string {
	t.Helper()
	admin := env(t, "DATABASE_URL")
	name := fmt.Sprintf("gogander_%s_%d", label, os.Getpid())
	psql(t, admin, "DROP DATABASE IF EXISTS "+name)
	psql(t, admin, "CREATE DATABASE "+name)
	t.Cleanup(func() { psql(t, admin, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
	i := strings.LastIndex(admin, "/")
	return admin[:i+1] + name
}

// syncBuffer is an io.Writer safe for the progress goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestApplyWithURLAndSourceStreamsProgress(t *testing.T) {
	env(t, "GANDER_BIN")
	url := scratchDB(t, "url")
	var progress syncBuffer
	err := Apply(context.Background(), Options{URL: url, Source: "../migrations", Writer: &progress})
	if err != nil {
		t.Fatalf("apply: %v\n%s", err, progress.String())
	}
	if n := psql(t, url, "SELECT count(*) FROM goose_db_version WHERE version_id > 0"); n != "20" {
		t.Fatalf("20 versions recorded, got %s", n)
	}
	if !strings.Contains(progress.String(), "gander: ") {
		t.Fatalf("progress lines reach the writer: %q", progress.String())
	}
	// Again: up to date, no error.
	if err := Apply(context.Background(), Options{URL: url, Source: "../migrations"}); err != nil {
		t.Fatalf("second apply: %v", err)
	}
}

func TestAFailingMigrationIsATypedError(t *testing.T) {
	env(t, "GANDER_BIN")
	url := scratchDB(t, "fail")
	err := Apply(context.Background(), Options{URL: url, Source: "../crates/gander/tests/data/failing"})
	if !errors.Is(err, ErrStatement) {
		t.Fatalf("want a statement error, got %v", err)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("not an *Error: %v", err)
	}
	if !strings.HasSuffix(e.Path, "002_replace_parent.sql") || e.Line != 5 || e.SQLState != "2BP01" || e.ExitCode != 1 {
		t.Fatalf("located: %+v", e)
	}
	// A refused port: a connect error, without the password.
	err = Apply(context.Background(), Options{URL: "postgres://postgres:Go-Secret@127.0.0.1:1/postgres", Source: "../migrations"})
	if !errors.Is(err, ErrConnect) || strings.Contains(err.Error(), "Go-Secret") {
		t.Fatalf("want a connect error without the password, got %v", err)
	}
}

// lineSignal closes ch at the first line containing want.
type lineSignal struct {
	want string
	once sync.Once
	ch   chan struct{}
}

func (l *lineSignal) Write(p []byte) (int, error) {
	if strings.Contains(string(p), l.want) {
		l.once.Do(func() { close(l.ch) })
	}
	return len(p), nil
}

func TestCancellingTheContextStopsGanderAndReleasesTheLock(t *testing.T) {
	env(t, "GANDER_BIN")
	url := scratchDB(t, "cancel")
	// Another session holds goose's migration lock, so gander waits for it.
	holder := exec.Command("psql", url, "-XAtq")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	holderOut, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = stdin.Close(); _ = holder.Wait() }()
	if _, err := io.WriteString(stdin, "SELECT pg_advisory_lock(4097083626);\nSELECT 'locked';\n"); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(holderOut)
	for sc.Scan() && sc.Text() != "locked" {
	}
	waiting := &lineSignal{want: "waiting for the migration lock", ch: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		errc <- Apply(ctx, Options{URL: url, Source: "../migrations", Writer: waiting, Grace: 10 * time.Second})
	}()
	select {
	case <-waiting.ch:
	case err := <-errc:
		t.Fatalf("returned before waiting for the lock: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("gander never reported waiting for the lock")
	}
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("want context.Canceled, got %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Apply did not return after cancellation")
	}
	// gander's session is gone: only the holder holds an advisory lock.
	if n := psql(t, url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"); n != "1" {
		t.Fatalf("advisory locks after cancel: %s", n)
	}
}

// start runs a helper (the binary named by the environment variable bin: GANDER_BIN for
// `gander serve`, GANDER_TESTKIT_BIN for the test kit's `kube-double`) that prints one line and
// serves until its stdin closes.
func start(t *testing.T, bin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(env(t, bin), args...)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = in.Close(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("gander %v printed nothing: %v", args, err)
	}
	return strings.TrimSpace(line)
}

func TestApplyMigrationsThroughANamespace(t *testing.T) {
	// A throwaway real PostgreSQL behind gander's in-process Kubernetes API-server double
	// (namespace ns1, pod app=postgresql): the seed's call, exactly.
	url := start(t, "GANDER_BIN", "serve")
	hostport := strings.SplitN(strings.SplitN(url, "@", 2)[1], "/", 2)[0]
	kubeconfig := start(t, "GANDER_TESTKIT_BIN", "kube-double", "--namespaces", "1", "--backend", hostport)
	if _, err := os.Stat(kubeconfig); err != nil {
		t.Fatalf("kubeconfig %s: %v", filepath.Base(kubeconfig), err)
	}
	var progress syncBuffer
	if err := ApplyMigrations(context.Background(), "ns1", kubeconfig, &progress); err != nil {
		t.Fatalf("ApplyMigrations: %v\n%s", err, progress.String())
	}
	if n := psql(t, url, "SELECT max(version_id) FROM goose_db_version"); n != "1000" {
		t.Fatalf("version 1000, got %s", n)
	}
	if !strings.Contains(progress.String(), "ns1") {
		t.Fatalf("progress names the namespace: %q", progress.String())
	}
	// A namespace without PostgreSQL: a Kubernetes error naming it.
	err := ApplyMigrations(context.Background(), "nowhere", kubeconfig, io.Discard)
	var e *Error
	if !errors.As(err, &e) || e.Namespace != "nowhere" {
		t.Fatalf("want an error naming the namespace, got %v", err)
	}
}
