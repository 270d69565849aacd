# subprocess.Popen: pipes as file objects, wait/poll/returncode, signals,
# the context manager, repr, and communicate's continuation after a timeout.
import os
import signal
import subprocess
import time

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.pid).__name__, p.pid > 0, p.returncode, p.poll())
p.stdin.write(b'line one\nline two\n')
p.stdin.close()
print(p.stdout.readline())
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode, p.poll(), p.wait(timeout=1))
print(p.stderr, repr(p))

with subprocess.Popen(['printf', 'a\\nb\\nc\\n'], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print(repr(line))
print(p.returncode, p.stdout.closed)

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      universal_newlines=True) as p:
    print(p.text_mode, p.universal_newlines)
    p.stdin.write('text through\n')
    p.stdin.flush()
    print(repr(p.stdout.readline()))
    p.stdin.close()
    print(repr(p.stdout.read()))
print(p.returncode)

p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo err $x >&2; exit 4'], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b'input\n'))
print(p.returncode, p.stdin.closed, p.stdout.closed, p.stderr.closed)
print(p.communicate())

p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout, e.output, e.stdout, e.stderr)
    print(e)
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
p.kill()                     # after the end: nothing happens
p.send_signal(signal.SIGINT)
print(repr(p))

p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
os.kill(p.pid, signal.SIGUSR1)
print(p.wait())

# communicate with a timeout, then again: nothing is lost
p = subprocess.Popen(['sh', '-c', 'echo first; sleep 0.5; echo second'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timed out with', e.output, e.timeout)
print(p.communicate())
print(p.returncode)

p = subprocess.Popen(['sleep', '10'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('timed out with', e.output, e.stderr)
p.kill()
print(p.communicate(), p.returncode)

# descriptors and file objects as streams
r, w = os.pipe()
p = subprocess.Popen(['echo', 'into a pipe fd'], stdout=w)
os.close(w)
p.wait()
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
with open(w, 'wb') as f:
    subprocess.run(['echo', 'into a file object'], stdout=f)
with open(r, 'rb') as f:
    print(f.read())

print(repr(subprocess.Popen(['echo', 'x' * 100], stdout=subprocess.DEVNULL)))
with subprocess.Popen(['true']) as p:
    pass
print(p.returncode, p.stdin, p.stdout)
start = time.monotonic()
p = subprocess.Popen(['sleep', '0.2'])
p.wait(timeout=5)
print(p.returncode, time.monotonic() - start < 4)
p = subprocess.Popen(['true'], bufsize=0, close_fds=True, restore_signals=True, start_new_session=True)
print(p.wait())
