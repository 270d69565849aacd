# subprocess.run and the helper functions: results, captured output, text
# mode, input, shell, cwd, env, check, and their reprs.
import os
import subprocess
import sys

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()

r = subprocess.run(['printf', 'a\\nb\\r\\nc\\rd'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
print(subprocess.run(['printf', 'a\\r\\nb'], capture_output=True).stdout)

r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, repr(e.output), repr(e.stdout), repr(e.stderr))
    print(repr(e), e.args)

print(subprocess.run(['cat'], input=b'piped in', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True).stdout, end='')
print(subprocess.run(['cat'], input='é\n', capture_output=True, encoding='utf-8').stdout, end='')
print(subprocess.run(['cat'], input=bytearray(b'ba'), stdout=subprocess.PIPE).stdout)
print(subprocess.run(['tr', 'a-z', 'A-Z'], input=b'upper', stdout=subprocess.PIPE).stdout)
r = subprocess.run(['cat'], input=b'', capture_output=True)
print(r)

r = subprocess.run(['sh', '-c', 'echo to stderr >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r)
r = subprocess.run(['sh', '-c', 'echo gone; echo gone too >&2'], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
print(r)

print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout, end='')
print(subprocess.run('echo $ATOLL_SP_TEST', shell=True, env={'ATOLL_SP_TEST': 'from env', 'PATH': '/bin:/usr/bin'},
                     capture_output=True, text=True).stdout, end='')
print(subprocess.run(['/bin/sh', '-c', 'echo ${HOME-unset}'], env={}, capture_output=True).stdout)
os.environ['ATOLL_SP_TEST2'] = 'inherited'
print(subprocess.run('echo $ATOLL_SP_TEST2', shell=True, capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'exit 7']).returncode)
print(subprocess.run(['true']), subprocess.run(['false']))
print(subprocess.run(args=['echo', 'kw']).returncode)
print(subprocess.run(('echo', 'tuple', 'args'), capture_output=True).stdout)
print(subprocess.run(['echo', b'bytes', 'mixed'], capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo "$0" "$1"', 'zero', 'one'], capture_output=True).stdout)
print(subprocess.run(['echo', 'via exe'], executable='/bin/echo', capture_output=True).stdout)
print(subprocess.run('echo $0', shell=True, executable='/bin/sh', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'kill -9 $$']).returncode)

print(subprocess.call(['sh', '-c', 'exit 5']))
print(subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'checked']))
print(subprocess.check_output('echo checked text', shell=True, text=True), end='')
print(subprocess.check_output(['cat'], input=None))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.check_output(['sh', '-c', 'echo both; echo err >&2'], stderr=subprocess.STDOUT))
print(subprocess.getoutput('echo one; echo two'))
print(subprocess.getstatusoutput('echo failing; exit 2'))
print(subprocess.getstatusoutput('echo no newline at end | tr -d "\\n"'))
print(subprocess.getstatusoutput('nonexistent-command-xyz 2>/dev/null'))

sys.stdout.flush()
subprocess.run(['echo', 'straight to our stdout'])
print(subprocess.CompletedProcess(['x'], 0))
print(subprocess.CompletedProcess('x', 1, 'o', 'e'))
print(subprocess.CompletedProcess(args=[], returncode=None, stderr=b''))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
