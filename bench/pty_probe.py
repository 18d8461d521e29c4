# Runs a command on a pseudo-terminal of a given size and reports timings, bytes and CPU.
# Used by bench/startup.bench.ts and bench/runs-live.bench.ts (node-pty is not installed; python3's pty is).
# argv[1] is JSON: {"cmd": [...], "cols": 120, "rows": 40, "env": {...}, "timeout": 30,
#   "steps": [{"mark": "label", "wait": "text"} | {"send": "keys"} | {"measure": seconds} | {"wait_exit": true}]}
# Prints JSON: {"marks": {label: ms since spawn}, "bytes": n, "seconds": s, "cpu_seconds": c, "exit_ms": ms}
import fcntl, json, os, pty, re, select, struct, sys, termios, time

config = json.loads(sys.argv[1])
ANSI = re.compile(rb'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b.')

start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', config['rows'], config['cols'], 0, 0))
    env = dict(os.environ)
    env.pop('CI', None)
    env.update(config.get('env', {}))
    os.execvpe(config['cmd'][0], config['cmd'], env)

deadline = start + config.get('timeout', 30)
screen = b''
result = {'marks': {}}

def read(timeout):
    global screen
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return 0
    try:
        data = os.read(fd, 65536)
    except OSError:
        raise EOFError
    if not data:
        raise EOFError
    screen = (screen + ANSI.sub(b'', data))[-200000:]
    return len(data)

def cpu_seconds():
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')

try:
    for step in config['steps']:
        if 'wait' in step:
            needle = step['wait'].encode()
            while needle not in screen:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"waiting for {step['wait']!r}; screen tail: {screen[-300:]!r}")
                read(0.05)
            if 'mark' in step:
                result['marks'][step['mark']] = round((time.monotonic() - start) * 1000, 1)
            screen = screen[screen.index(needle) + len(needle):]
        elif 'send' in step:
            os.write(fd, step['send'].encode())
        elif 'measure' in step:
            cpu_before = cpu_seconds()
            began = time.monotonic()
            total = 0
            while time.monotonic() - began < step['measure']:
                total += read(0.05)
            result['seconds'] = round(time.monotonic() - began, 3)
            result['bytes'] = total
            result['cpu_seconds'] = round(cpu_seconds() - cpu_before, 3)
        elif 'wait_exit' in step:
            try:
                while time.monotonic() < deadline:
                    read(0.05)
            except EOFError:
                pass
    try:
        while True:
            read(0.05)
            if time.monotonic() > deadline:
                break
    except EOFError:
        pass
    _, status = os.waitpid(pid, 0)
    result['exit_ms'] = round((time.monotonic() - start) * 1000, 1)
    result['status'] = os.waitstatus_to_exitcode(status)
except Exception as error:
    try:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    except Exception:
        pass
    result['error'] = str(error)
print(json.dumps(result))
