// Package infrastructure applies the Data Storage migrations from Go test harnesses by running
// the gander binary: the seed's ApplyMigrations, exactly, plus an options form (URL, source
// folder, selector, Secret). Progress lines stream to the caller's writer; context
// cancellation sends SIGTERM (gander cancels the running statement, rolls back and releases
// the migration lock) and, after a grace period, SIGKILL. Failures are *Error values built
// from `gander migrate --format json`.
//
// Standard library only; builds with Go 1.19.
package infrastructure

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"
)

// Kinds of failure, as gander reports them (Error.Kind).
const (
	KindStatement            = "statement"
	KindAfterMigrate         = "after_migrate"
	KindLockTimeout          = "lock_timeout"
	KindStatementLockTimeout = "statement_lock_timeout"
	KindConnect              = "connect"
	KindCheck                = "check"
	KindDrift                = "drift"
	KindMissing              = "missing"
	KindOutOfOrder           = "out_of_order"
	KindKubernetes           = "kubernetes"
	KindNoTarget             = "no_target"
	KindInterrupted          = "interrupted"
	KindOther                = "other"
)

// Sentinels for errors.Is: errors.Is(err, ErrStatement) holds for any *Error of that kind.
var (
	ErrStatement    = &Error{Kind: KindStatement}
	ErrAfterMigrate = &Error{Kind: KindAfterMigrate}
	ErrLockTimeout  = &Error{Kind: KindLockTimeout}
	ErrConnect      = &Error{Kind: KindConnect}
	ErrCheck        = &Error{Kind: KindCheck}
	ErrKubernetes   = &Error{Kind: KindKubernetes}
	// ErrBinary: the gander binary could not be found or started, or said nothing parseable.
	ErrBinary = &Error{Kind: "binary"}
)

// Error is a failed run, in gander's words.
type Error struct {
	// Kind is one of the Kind constants.
	Kind string `json:"kind"`
	// Message is gander's full message (file:line, SQLSTATE, hint); never a password.
	Message string `json:"message"`
	// SQLState is PostgreSQL's error code, when the database reported the failure.
	SQLState string `json:"sqlstate,omitempty"`
	// Path and Line locate a failing statement (migration or after-migrate file).
	Path string `json:"path,omitempty"`
	Line int    `json:"line,omitempty"`
	// Version is the failing migration's version.
	Version int64 `json:"version,omitempty"`
	// Namespace is the Kubernetes namespace the failure happened in.
	Namespace string `json:"namespace,omitempty"`
	// ExitCode is gander's exit code.
	ExitCode int `json:"-"`
	cause    error
}

func (e *Error) Error() string {
	if e.Namespace != "" {
		return fmt.Sprintf("gander: namespace %s: %s", e.Namespace, e.Message)
	}
	return "gander: " + e.Message
}

// Is matches the sentinels by kind.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Message == "" && t.Kind == e.Kind
}

// Unwrap returns the underlying cause (the context's error after a cancellation).
func (e *Error) Unwrap() error { return e.cause }

// Options names what to migrate and how. The zero value migrates with the embedded Data
// Storage set, DATABASE_URL, and gander from GANDER_BIN or PATH.
type Options struct {
	// Binary is the gander executable (default: $GANDER_BIN, else "gander" on PATH).
	Binary string
	// URL is a postgres:// URL or libpq key=value string.
	URL string
	// Source is a folder of goose migrations (default: the Data Storage set built into gander).
	Source string
	// Namespace is a Kubernetes namespace whose PostgreSQL to migrate.
	Namespace string
	// NamespaceSelector also migrates every namespace whose labels match (team=storage).
	NamespaceSelector string
	// Kubeconfig is the kubeconfig file (default: KUBECONFIG, else ~/.kube/config).
	Kubeconfig string
	// Selector is the PostgreSQL pod's label selector (default app=postgresql).
	Selector string
	// Database is the database in the namespace's server (default postgres).
	Database string
	// PasswordSecret is NAME[/KEY] of a Secret holding the password (key default password).
	PasswordSecret string
	// Writer receives gander's progress lines (default: discarded).
	Writer io.Writer
	// Grace is how long after SIGTERM a cancelled run may take before SIGKILL (default 5s).
	Grace time.Duration
	// Args are further gander flags, passed as given.
	Args []string
}

// ApplyMigrations applies all Data Storage migrations to a namespace.
//
// Parameters:
//   - ctx: Context for cancellation
//   - namespace: Kubernetes namespace where PostgreSQL is running
//   - kubeconfigPath: Path to kubeconfig (no kubectl needed)
//   - writer: Output writer for progress logging
//
// Prerequisites:
//   - PostgreSQL pod with label "app=postgresql" must be running in namespace
//     (in the cluster, the service "postgresql.{namespace}.svc.cluster.local" is used)
func ApplyMigrations(ctx context.Context, namespace, kubeconfigPath string, writer io.Writer) error {
	return Apply(ctx, Options{Namespace: namespace, Kubeconfig: kubeconfigPath, Writer: writer})
}

// Binary resolves the gander executable: opts.Binary, $GANDER_BIN, else PATH.
func (o Options) binary() (string, error) {
	if o.Binary != "" {
		return o.Binary, nil
	}
	if b := os.Getenv("GANDER_BIN"); b != "" {
		return b, nil
	}
	path, err := exec.LookPath("gander")
	if err != nil {
		return "", &Error{Kind: ErrBinary.Kind, Message: "cannot find the gander binary: set GANDER_BIN or put gander on PATH", cause: err}
	}
	return path, nil
}

func (o Options) args() []string {
	args := []string{"migrate", "--format", "json"}
	add := func(flag, value string) {
		if value != "" {
			args = append(args, flag, value)
		}
	}
	add("--source", o.Source)
	add("--database-url", o.URL)
	add("--namespace", o.Namespace)
	add("--namespace-selector", o.NamespaceSelector)
	add("--kubeconfig", o.Kubeconfig)
	add("--selector", o.Selector)
	add("--database", o.Database)
	add("--password-secret", o.PasswordSecret)
	return append(args, o.Args...)
}

// Result is gander's JSON report.
type result struct {
	OK         bool            `json:"ok"`
	Error      *Error          `json:"error"`
	Namespaces []namespaceJSON `json:"namespaces"`
}

type namespaceJSON struct {
	Namespace string `json:"namespace"`
	OK        bool   `json:"ok"`
	Error     *Error `json:"error"`
}

// lineWriter forwards whole lines to w, serialised.
type lineWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lineWriter) line(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, _ = io.WriteString(l.w, s+"\n")
}

// Apply runs `gander migrate --format json` with opts and waits for it.
func Apply(ctx context.Context, opts Options) error {
	bin, err := opts.binary()
	if err != nil {
		return err
	}
	out := opts.Writer
	if out == nil {
		out = io.Discard
	}
	grace := opts.Grace
	if grace <= 0 {
		grace = 5 * time.Second
	}
	if err := ctx.Err(); err != nil {
		return &Error{Kind: KindInterrupted, Message: "not started: " + err.Error(), cause: err}
	}
	cmd := exec.Command(bin, opts.args()...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return &Error{Kind: ErrBinary.Kind, Message: "cannot capture gander's output: " + err.Error(), cause: err}
	}
	if err := cmd.Start(); err != nil {
		return &Error{Kind: ErrBinary.Kind, Message: fmt.Sprintf("cannot start %s: %v", bin, err), cause: err}
	}
	lw := &lineWriter{w: out}
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			lw.line(sc.Text())
		}
	}()
	done := make(chan struct{})
	var cancelled error
	var watch sync.WaitGroup
	watch.Add(1)
	go func() {
		defer watch.Done()
		select {
		case <-done:
		case <-ctx.Done():
			cancelled = ctx.Err()
			_ = cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-done:
			case <-time.After(grace):
				_ = cmd.Process.Kill()
			}
		}
	}()
	<-copied
	waitErr := cmd.Wait()
	close(done)
	watch.Wait()
	code := 0
	if waitErr != nil {
		var exit *exec.ExitError
		if errors.As(waitErr, &exit) {
			code = exit.ExitCode()
		} else {
			return &Error{Kind: ErrBinary.Kind, Message: "waiting for gander: " + waitErr.Error(), cause: waitErr}
		}
	}
	if cancelled != nil {
		return &Error{Kind: KindInterrupted, Message: "cancelled: " + cancelled.Error() + "; gander was told to roll back and release the lock", ExitCode: code, cause: cancelled}
	}
	var res result
	if jerr := json.Unmarshal(lastLine(stdout.Bytes()), &res); jerr != nil {
		if code == 0 {
			return &Error{Kind: ErrBinary.Kind, Message: "gander succeeded but printed no JSON report: " + jerr.Error(), cause: jerr}
		}
		return &Error{Kind: KindOther, Message: fmt.Sprintf("gander exited with code %d (see the progress lines)", code), ExitCode: code}
	}
	if res.OK && code == 0 {
		return nil
	}
	e := res.Error
	if e == nil {
		for _, ns := range res.Namespaces {
			if ns.Error != nil {
				e = ns.Error
				break
			}
		}
	}
	if e == nil {
		e = &Error{Kind: KindOther, Message: fmt.Sprintf("gander exited with code %d", code)}
	}
	e.ExitCode = code
	return e
}

func lastLine(b []byte) []byte {
	b = bytes.TrimSpace(b)
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		return b[i+1:]
	}
	return b
}
