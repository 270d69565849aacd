# subprocess: what goes wrong raises the exception CPython raises, with
# its message; exception classes and their str/repr.
import os
import signal
import subprocess


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return e
    print(label, 'ok', r)


e = attempt('missing', subprocess.run, ['nonexistent'])
print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
attempt('missing path', subprocess.run, ['./no/such/program'])
attempt('missing Popen', subprocess.Popen, 'nonexistent-program-xyz')
attempt('missing exe', subprocess.run, ['echo'], executable='/nonexistent/echo')
attempt('directory', subprocess.run, ['/tmp'])
attempt('not executable', subprocess.run, ['/etc/passwd'])
attempt('bad cwd', subprocess.run, ['true'], cwd='/nonexistent-dir')
attempt('cwd file', subprocess.run, ['true'], cwd='/etc/passwd')
attempt('empty PATH', subprocess.run, ['true'], env={'PATH': ''})
attempt('check', subprocess.run, ['false'], check=True)
attempt('check_call', subprocess.check_call, ['sh', '-c', 'exit 3'])
attempt('check_call kw', subprocess.check_call, args=['sh', '-c', 'exit 4'])
e = attempt('check_output', subprocess.check_output, ['sh', '-c', 'echo partial; exit 2'])
print(repr(e.output), repr(e.stdout), e.stderr, e.returncode, e.cmd, e.args)
e = attempt('killed', subprocess.check_call, ['sh', '-c', 'kill -9 $$'])
print(e.returncode)
print(subprocess.CalledProcessError(-15, 'cmd'))
print(subprocess.CalledProcessError(-99, ['x']))
print(subprocess.CalledProcessError(0, 'c'), repr(subprocess.CalledProcessError(1, 'c', b'o', b'e')))
c = subprocess.CalledProcessError(1, 'c', output='x')
c.stdout = 'changed'
print(c.output, c.stdout, c.stderr)
try:                        # nothing piped: the timeout reported is the time left
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd, e.output, e.stderr, 0 < e.timeout <= 0.1)
e = attempt('timeout out', subprocess.run, ['sh', '-c', 'echo early; exec sleep 5'], capture_output=True,
            timeout=0.3)
print(e.output, e.stdout, e.stderr)
t = subprocess.TimeoutExpired(['x'], 2.5, b'out')
print(t, repr(t), t.stdout, t.output, t.stderr, t.args)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
attempt('check_output timeout', subprocess.check_output, ['sleep', '5'], timeout=0.1)
attempt('call timeout', subprocess.call, ['sleep', '5'], timeout=0.1)

attempt('int args', subprocess.run, 42)
attempt('int in list', subprocess.run, ['echo', 3])
attempt('None args', subprocess.run, None)
attempt('empty list', subprocess.run, [])
attempt('null byte', subprocess.run, ['echo', 'a\0b'])
attempt('env bad name', subprocess.run, ['true'], env={'A=B': 'x'})
attempt('env not str', subprocess.run, ['true'], env={'A': 1})
attempt('stdin and input', subprocess.run, ['cat'], stdin=subprocess.PIPE, input=b'x')
attempt('capture and stdout', subprocess.run, ['true'], capture_output=True, stdout=subprocess.PIPE)
attempt('check_output stdout', subprocess.check_output, ['true'], stdout=None)
attempt('str input', subprocess.run, ['cat'], input='text', capture_output=True)
attempt('bytes input text', subprocess.run, ['cat'], input=b'x', text=True)
attempt('int input', subprocess.run, ['cat'], input=5)
attempt('text vs un', subprocess.Popen, ['true'], text=True, universal_newlines=False)
attempt('bufsize', subprocess.Popen, ['true'], bufsize='big')
attempt('bad kw', subprocess.run, ['true'], colour=True)
attempt('bad fd', subprocess.run, ['true'], stdout=12345)
attempt('bad stream', subprocess.run, ['true'], stdout='file')
attempt('shell pathlike', subprocess.run, __import__('pathlib').Path('/bin/true'), shell=True)
attempt('bad encoding', subprocess.run, ['echo'], capture_output=True, encoding='no-such-codec')
attempt('undecodable', subprocess.run, ['printf', '\\377'], capture_output=True, text=True)
print(subprocess.run(['printf', 'a\\377'], capture_output=True, text=True, errors='replace').stdout)

p = subprocess.Popen(['sh', '-c', 'exit 0'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.communicate()
attempt('input after start', p.communicate, b'more')
attempt('write closed', p.stdin.write, b'x')
attempt('read closed', p.stdout.read)
p = subprocess.Popen(['sleep', '5'])
attempt('negative wait', p.wait, -1)
attempt('string wait', p.wait, 'soon')
attempt('bad signal', p.send_signal, 'TERM')
attempt('bad signal number', p.send_signal, 12345)
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '5'], stdout=subprocess.PIPE)
attempt('negative communicate', p.communicate, None, -1)
p.kill()
p.wait()
try:
    subprocess.run(['sleep', '5'], timeout=-1)
except subprocess.TimeoutExpired as e:
    print('negative run', e.timeout < 0)
attempt('kill pid', os.kill, 2 ** 22 + 12345, 0)
attempt('waitpid', os.waitpid, 2 ** 22 + 12345, 0)
attempt('status', os.waitstatus_to_exitcode, 0x7f)
print(os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
attempt('open fd', open, -1)
attempt('open bad fd', open, 987, 'rb')
attempt('fdopen', os.fdopen, 'x')
attempt('closefd', open, '/dev/null', closefd=False)
